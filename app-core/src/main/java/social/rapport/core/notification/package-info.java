/** In-app notifications: the Notifier platform service, the core's notification types, reading and preferences. */
package social.rapport.core.notification;
