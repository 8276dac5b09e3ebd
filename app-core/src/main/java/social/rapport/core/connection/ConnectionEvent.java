package social.rapport.core.connection;

import java.util.function.BiConsumer;
import social.rapport.spi.connection.ConnectionChange;
import social.rapport.spi.connection.ConnectionListener;

/**
 * The core's own CDI event for a change between members, fired inside the service's
 * transaction; {@link ConnectionEventDispatch} hands it to plugins only after the commit.
 */
public record ConnectionEvent(Kind kind, ConnectionChange change) {

    public enum Kind {
        INVITATION_SENT(ConnectionListener::invitationSent),
        INVITATION_ACCEPTED(ConnectionListener::invitationAccepted),
        INVITATION_DECLINED(ConnectionListener::invitationDeclined),
        INVITATION_WITHDRAWN(ConnectionListener::invitationWithdrawn),
        INVITATION_EXPIRED(ConnectionListener::invitationExpired),
        CONNECTION_REMOVED(ConnectionListener::connectionRemoved),
        MEMBER_FOLLOWED(ConnectionListener::memberFollowed),
        MEMBER_BLOCKED(ConnectionListener::memberBlocked);

        private final BiConsumer<ConnectionListener, ConnectionChange> call;

        Kind(BiConsumer<ConnectionListener, ConnectionChange> call) {
            this.call = call;
        }

        void deliver(ConnectionListener listener, ConnectionChange change) {
            call.accept(listener, change);
        }
    }
}
