/** Keep in touch: a private cadence per connection, who is due, with context, snooze and "we talked". */
package social.rapport.core.keepintouch;
