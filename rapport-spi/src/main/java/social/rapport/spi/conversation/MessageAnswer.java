package social.rapport.spi.conversation;

import java.time.Instant;

/**
 * Whether a message was answered.
 *
 * @param messageId  the message asked about
 * @param answeredAt when someone else first wrote in the conversation after it (a reply or a polite
 *                   ending), or {@code null}
 * @param declined   whether the recipient declined the message request it opened
 * @since 2 (minor addition)
 */
public record MessageAnswer(long messageId, Instant answeredAt, boolean declined) {

    /** Answered in words, with a polite ending, or by declining. */
    public boolean answered() {
        return answeredAt != null || declined;
    }
}
