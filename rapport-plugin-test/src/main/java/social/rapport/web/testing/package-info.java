/** The plugin test kit: @RapportIT and its generated deployment, web and browser helpers, the ArchUnit rules of a plugin. */
package social.rapport.web.testing;
