package social.rapport.plugins.events.followup;

/**
 * A fellow attendee on the follow-up page. {@code mutual} is true only when the viewer marked
 * them too: the other side's mark alone is never shown.
 */
public record MetPerson(long memberId, boolean marked, boolean mutual) {
}
