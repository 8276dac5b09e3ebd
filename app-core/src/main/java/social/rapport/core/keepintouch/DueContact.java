package social.rapport.core.keepintouch;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A connection the member is due to get in touch with, and the context to do it well.
 *
 * @param howMet           connection_edge.how_met (a HowMet name)
 * @param lastInteraction  the latest interaction either way (null: none since they connected)
 * @param lastKind         its kind (message, comment, reaction, talked, a plugin's kind)
 * @param lastMessageAt    the latest message of their direct conversation, and its first line
 * @param recentPosts      their latest posts the member may see (first lines)
 * @param changes          their profile changes since the last interaction ("JOB: title, org")
 */
public record DueContact(long memberId, String name, String handle, Cadence cadence, String howMet,
                         OffsetDateTime connectedAt, OffsetDateTime lastInteraction, String lastKind,
                         Long conversationId, OffsetDateTime lastMessageAt, String lastMessageLine,
                         List<Post> recentPosts, List<Change> changes) {

    public record Post(long id, String firstLine, OffsetDateTime at) {
    }

    public record Change(String kind, String value, OffsetDateTime at) {
    }
}
