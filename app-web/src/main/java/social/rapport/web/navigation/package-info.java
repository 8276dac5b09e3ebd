/** The main menu: the core's entries and those of enabled plugins (navigation SPI). */
package social.rapport.web.navigation;
