/** The plugin's Faces beans and servlets for /p/sponsored/ pages: thin adapters over the services. */
package social.rapport.plugins.sponsored.web;
