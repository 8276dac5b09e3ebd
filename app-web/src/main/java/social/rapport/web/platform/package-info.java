/** How the web module is wired: data source, sign-in mechanism, sessions, locale, messages. */
package social.rapport.web.platform;
