package social.rapport.spi.conversation;

/**
 * A message a plugin sent through {@link Conversations#send}.
 *
 * @param conversationId the conversation it went into
 * @param messageId      the message, for {@link Conversations#answers}
 * @param request        whether it went as a message request (the members are not connected)
 * @param link           the conversation's same-site path, for either member (e.g. {@code /messages/conversation?id=12})
 * @since 2 (minor addition)
 */
public record SentMessage(long conversationId, long messageId, boolean request, String link) {
}
