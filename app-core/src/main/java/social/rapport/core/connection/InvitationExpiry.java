package social.rapport.core.connection;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Expires overdue invitations every hour. Not persistent, so each instance runs its own timer;
 * that is safe because the expiry is one idempotent UPDATE (see
 * {@link InvitationService#expireOverdue}). Members also see expiry at once: their lists apply it
 * lazily when read.
 */
@Singleton
public class InvitationExpiry {

    private static final Logger LOG = Logger.getLogger(InvitationExpiry.class.getName());

    @Inject
    InvitationService invitations;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void expire() {
        int expired = invitations.expireOverdue(null);
        if (expired > 0) {
            LOG.info(() -> expired + " invitations expired");
        }
    }
}
