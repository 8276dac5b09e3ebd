/**
 * Work the plugin starts itself: reminders 24 h and 1 h before an event, and the co-attendance
 * interactions recorded once an event has ended. Safe with several server instances.
 */
package social.rapport.plugins.events.reminder;
