/**
 * After an event: attendees mark the people they met; only mutual marks ever show (as a
 * "Met at" suggestion, or a keep-in-touch nudge between connections). A one-sided mark is never revealed.
 */
package social.rapport.plugins.events.followup;
