/** Plugin settings: typed, admin-edited, audited, persisted in PostgreSQL. */
package social.rapport.spi.settings;
