/** Serving plugin pages under /p/&lt;plugin-id&gt;/ only while the plugin is enabled. */
package social.rapport.web.plugin;
