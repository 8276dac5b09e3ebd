/** Standard errors a plugin's services throw; the core maps them to a field message, a 404 or a 403. */
package social.rapport.spi.error;
