package social.rapport.plugins.events.attendance;

/** A member's answer to an event; {@code waitlistPosition} is 1-based, 0 when not waiting. */
public record Attendee(long memberId, RsvpStatus status, int waitlistPosition) {
}
