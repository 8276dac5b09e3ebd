package social.rapport.spi.connection;

import social.rapport.spi.Extension;

/**
 * Connection SPI: observers of what happens between members. Called after the change is
 * committed, only for enabled plugins; a listener that throws is logged and does not undo or
 * break the core action.
 */
public interface ConnectionListener extends Extension {

    default void invitationSent(ConnectionChange change) {
    }

    default void invitationAccepted(ConnectionChange change) {
    }

    default void invitationDeclined(ConnectionChange change) {
    }

    default void invitationWithdrawn(ConnectionChange change) {
    }

    default void invitationExpired(ConnectionChange change) {
    }

    default void connectionRemoved(ConnectionChange change) {
    }

    default void memberFollowed(ConnectionChange change) {
    }

    default void memberBlocked(ConnectionChange change) {
    }
}
