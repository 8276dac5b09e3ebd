package social.rapport.core.conversation;

import java.time.OffsetDateTime;

/**
 * A conversation waiting for the reader's reply: the other's last message is older than two days,
 * or a "let's talk later" reminder fell due.
 */
public record OpenLoop(long conversationId, Participant other, boolean request, String preview, OffsetDateTime since,
                       boolean reminder) {
}
