/** The database of record: schema migrations (Flyway) and the shared persistence setup. */
package social.rapport.core.database;
