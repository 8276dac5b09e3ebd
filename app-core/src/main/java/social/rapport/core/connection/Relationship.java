package social.rapport.core.connection;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a viewer stands with a member, for the actions a page offers.
 *
 * @param invitationId the pending invitation between them (PENDING_SENT or PENDING_RECEIVED)
 * @param howMet       of the connection, or of the pending invitation
 * @param note         of a pending invitation
 * @param since        when they connected (CONNECTED)
 * @param mutual       a few mutual connections, by name
 */
public record Relationship(State state, Long invitationId, HowMet howMet, String note, OffsetDateTime since,
                           boolean following, long mutualCount, List<Person> mutual)
        implements Serializable {

    public Relationship {
        mutual = List.copyOf(mutual);
    }

    public enum State {
        SELF, NONE, PENDING_SENT, PENDING_RECEIVED, CONNECTED, BLOCKED_BY_VIEWER,
        /** The owner blocked the viewer: nothing to show or do. */
        BLOCKED_BY_OWNER
    }

    public static Relationship self() {
        return new Relationship(State.SELF, null, null, null, null, false, 0, List.of());
    }
}
