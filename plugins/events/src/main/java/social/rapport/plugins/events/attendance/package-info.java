/** Who comes: RSVPs, the waitlist and its promotions, and invitations with their weekly limit. */
package social.rapport.plugins.events.attendance;
