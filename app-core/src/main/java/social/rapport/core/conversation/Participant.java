package social.rapport.core.conversation;

/** A member of a conversation as pages show them (handle may be null for a member without profile). */
public record Participant(long id, String name, String handle) {
}
