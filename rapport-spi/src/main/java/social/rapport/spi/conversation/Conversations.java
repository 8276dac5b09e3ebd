package social.rapport.spi.conversation;

import java.util.Collection;
import java.util.List;
import social.rapport.spi.error.Refusal;

/**
 * Platform service (the core implements it, plugins call it in their services): writing to a
 * member from the signed-in caller through the core's conversations, exactly as the core's
 * "Message" button does, and reading whether such messages were answered.
 *
 * @since 2 (minor addition)
 */
public interface Conversations {

    /**
     * Writes {@code body} from the signed-in caller to {@code recipientId}: into their direct
     * conversation when they are connections or talked before, otherwise as a message request (it
     * lands in the recipient's Requests folder and counts against the caller's weekly request limit).
     * The core's checks apply: a verified email, blocks, suspended members, the body's length (at
     * most 5,000 characters), rate limits, a request still waiting for its answer. Joins the
     * caller's transaction.
     *
     * @throws Refusal on the field {@code body}, with a core message key (for example
     *                 {@code conversation.unavailable}, {@code limits.message-request})
     * @throws SecurityException when the caller is anonymous
     */
    SentMessage send(long recipientId, String body);

    /**
     * What became of messages {@code senderId} sent: for each, whether someone else wrote in its
     * conversation after it (a reply or a polite ending) or the recipient declined the request.
     * Messages not sent by {@code senderId} are left out; the order is not specified.
     */
    List<MessageAnswer> answers(long senderId, Collection<Long> messageIds);
}
