package social.rapport.core.conversation;

import java.util.Set;

/**
 * Something the open pages of a conversation's members should learn at once: a new or changed
 * message, a read receipt, or someone typing. Carries no message text: a page that hears it reloads
 * its part through the normal, access-checked request.
 *
 * @param recipients the members to tell (never the actor)
 * @param kind       {@code message}, {@code read} or {@code typing}
 */
public record ConversationSignal(Set<Long> recipients, long conversationId, String kind, long actorId, String actorName) {
}
