/**
 * The events plugin: its descriptor, menu entry, notification types, texts and database access.
 * Built only on {@code social.rapport.spi}; the feature packages below hold the rules.
 */
package social.rapport.plugins.events;
