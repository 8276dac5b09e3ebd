/** Outgoing mail: the PostgreSQL outbox, the worker that drains it over SMTP (or into .eml files), and the templates. */
package social.rapport.core.mail;
