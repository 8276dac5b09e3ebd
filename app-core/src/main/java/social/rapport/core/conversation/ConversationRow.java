package social.rapport.core.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of a member's conversation list.
 *
 * @param title       the group's title, or the other member's name
 * @param preview     the first line of the latest message visible to the reader (empty if none)
 * @param previewEnding the polite ending of the latest message, or null
 * @param lastFromMe  whether the latest message is the reader's
 */
public record ConversationRow(long id, String kind, String state, String title, List<Participant> others, int unread,
                              OffsetDateTime activityAt, String preview, Ending previewEnding, boolean lastFromMe) {

    public boolean group() {
        return "GROUP".equals(kind);
    }

    public boolean request() {
        return "REQUEST".equals(state);
    }
}
