package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import social.rapport.core.connection.ConnectionEvent;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.connection.ConnectionChange;
import social.rapport.spi.notification.Notice;

/**
 * Notifies members of invitations: the recipient when one arrives, the sender when it is accepted.
 *
 * <p>Observed in the action's own transaction (a plain {@code @Observes}, phase IN_PROGRESS), not
 * after commit: the notice is part of what the action did, so it is written atomically with the
 * invitation (a rolled-back invitation leaves no notice, a committed one never lacks it, even if
 * the server stops right after the commit), and it costs two small inserts, no new transaction.
 */
@ApplicationScoped
public class ConnectionNotices {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    NotificationService notifier;

    void onConnectionEvent(@Observes ConnectionEvent event) {
        ConnectionChange change = event.change();
        switch (event.kind()) {
            // the sender (actor) invited the recipient (subject)
            case INVITATION_SENT -> notifier.send(new Notice(change.subject(), CoreNotificationTypes.INVITATION_RECEIVED,
                    change.actor(), "invited you to connect", "/network/invitations", null));
            // the recipient (actor) accepted the sender's (subject's) invitation
            case INVITATION_ACCEPTED -> notifier.send(new Notice(change.subject(), CoreNotificationTypes.INVITATION_ACCEPTED,
                    change.actor(), "accepted your invitation to connect", profileLink(change.actor()), null));
            default -> {
            }
        }
    }

    private String profileLink(long member) {
        List<?> handle = em.createNativeQuery("select handle from profile where member_id = ?1").setParameter(1, member).getResultList();
        return handle.isEmpty() || handle.get(0) == null ? "/network/member?id=" + member : "/in/" + handle.get(0);
    }
}
