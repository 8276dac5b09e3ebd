package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.Relationships;

/**
 * The {@link Notifier} platform service: writes a notice for its recipient, in the caller's
 * transaction, unless it must be dropped (see {@link Notifier}).
 *
 * <p>Grouping happens here, at write time: while a notice with the same (recipient, type, group
 * key) is unread, a new one updates that row (latest actor, text and time) and adds its actor to
 * {@code notification_actor}, instead of adding a row. One INSERT ... ON CONFLICT on the partial
 * unique index keeps that true under concurrent senders. Reading the list and the unread count
 * then need no GROUP BY: each row is one entry ({@link NotificationInbox}).
 */
@ApplicationScoped
public class NotificationService implements Notifier {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());
    static final int MAX_TEXT = 500;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Relationships relationships;

    @Inject
    NotificationTypes types;

    @Inject
    EmailPreferences emailPreferences;

    @Inject
    EmailNotices emailNotices;

    @Override
    @Transactional
    public void send(Notice notice) {
        if (!types.known(notice.type())) {
            LOG.warning(() -> "Notice of unknown or disabled type " + notice.type() + " dropped");
            return;
        }
        if (notice.actor() != null && (notice.actor() == notice.recipient()
                || relationships.blocked(notice.actor(), notice.recipient()))) {
            return;
        }
        boolean mail = !CoreNotificationTypes.CONTENT_REMOVED.equals(notice.type()) && emailPreferences.wants(notice.recipient(), notice.type());
        if (mail) {
            emailNotices.queue(notice); // chosen apart from the in-app list: a member may want one, the other, or both
        }
        if (!CoreNotificationTypes.CONTENT_REMOVED.equals(notice.type()) && turnedOff(notice.recipient(), notice.type())) {
            return;
        }
        // select ... where exists: a recipient that does not exist or is suspended gets nothing (and a
        // plugin's wrong id cannot break the caller's transaction with a foreign-key error)
        List<?> written = em.createNativeQuery("insert into notification (recipient_id, type, actor_id, text, link, group_key) "
                        + "select cast(?1 as bigint), cast(?2 as varchar), cast(?3 as bigint), cast(?4 as varchar), cast(?5 as varchar), "
                        + "cast(?6 as varchar) where exists (select 1 from member r where r.id = cast(?1 as bigint) and not r.suspended) "
                        + "and (cast(?3 as bigint) is null or exists (select 1 from member a where a.id = cast(?3 as bigint))) "
                        + "on conflict (recipient_id, type, group_key) where read_at is null and group_key is not null "
                        + "do update set actor_id = excluded.actor_id, text = excluded.text, link = excluded.link, "
                        + "created_at = clock_timestamp() returning id")
                .setParameter(1, notice.recipient())
                .setParameter(2, notice.type())
                .setParameter(3, notice.actor())
                .setParameter(4, truncate(notice.text(), MAX_TEXT))
                .setParameter(5, notice.link() == null ? null : truncate(notice.link(), 500))
                .setParameter(6, notice.groupKey() == null ? null : truncate(notice.groupKey(), 120))
                .getResultList();
        if (written.isEmpty()) {
            return;
        }
        Object id = written.get(0);
        if (notice.actor() != null) {
            em.createNativeQuery("insert into notification_actor (notification_id, actor_id) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, ((Number) id).longValue()).setParameter(2, notice.actor()).executeUpdate();
        }
    }

    private boolean turnedOff(long recipient, String type) {
        return !em.createNativeQuery("select 1 from notification_opt_out where member_id = ?1 and type = ?2")
                .setParameter(1, recipient).setParameter(2, type).setMaxResults(1).getResultList().isEmpty();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
