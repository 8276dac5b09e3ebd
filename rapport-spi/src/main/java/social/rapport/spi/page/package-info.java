/** Plugin pages: their access (public, members, capability, admin) and the plugin's admin tabs. */
package social.rapport.spi.page;
