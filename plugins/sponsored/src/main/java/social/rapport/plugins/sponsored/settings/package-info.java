/** The plugin's admin settings (price, minimum audience, caps, report threshold), stored and audited in PostgreSQL. */
package social.rapport.plugins.sponsored.settings;
