package social.rapport.plugins.events.attendance;

/** A member's answer to an event. WAITLISTED is what GOING becomes while the event is full. */
public enum RsvpStatus {
    GOING, MAYBE, NOT_GOING, WAITLISTED
}
