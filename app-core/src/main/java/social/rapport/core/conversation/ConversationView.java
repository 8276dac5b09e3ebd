package social.rapport.core.conversation;

import java.util.List;

/**
 * An open conversation as its reader sees it.
 *
 * @param messages     oldest first (one page of the latest ones)
 * @param olderCursor  id to ask for the messages before these, or null when there are none
 * @param seenBy       when the latest message is the reader's: how many of the others read it (else 0)
 * @param requester    for a request: whether the reader sent it (true) or received it (false)
 */
public record ConversationView(long id, String kind, String state, String title, long creatorId, List<Participant> others,
                               List<MessageRow> messages, Long olderCursor, int seenBy, boolean requester,
                               boolean blocked) {

    public boolean group() {
        return "GROUP".equals(kind);
    }

    public boolean request() {
        return "REQUEST".equals(state);
    }

    public boolean declined() {
        return "DECLINED".equals(state);
    }

    /** The other member of a direct conversation. */
    public Participant other() {
        return others.isEmpty() ? null : others.get(0);
    }

    /** Whether the reader started it (a group's creator, a request's sender). */
    public boolean startedByReader() {
        return requester;
    }

    /** Whether the reader may write here now. */
    public boolean canWrite() {
        return !blocked && !declined() && !(request() && requester);
    }
}
