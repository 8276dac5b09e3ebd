package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.logging.Logger;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.spi.Notice;
import social.rapport.spi.NotificationType;
import social.rapport.spi.NotificationTypeProvider;
import social.rapport.spi.Notifier;
import social.rapport.spi.Relationships;

/**
 * The {@link Notifier} platform service: writes a notice for its recipient, in the caller's
 * transaction, unless it must be dropped (see {@link Notifier}).
 */
@ApplicationScoped
public class NotificationService implements Notifier {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Relationships relationships;

    @Inject
    PluginCalls calls;

    @Override
    @Transactional
    public void send(Notice notice) {
        if (!known(notice.type())) {
            LOG.warning(() -> "Notice of unknown or disabled type " + notice.type() + " dropped");
            return;
        }
        if (notice.actor() != null && (notice.actor() == notice.recipient()
                || relationships.blocked(notice.actor(), notice.recipient()))) {
            return;
        }
        em.createNativeQuery("insert into notification (recipient_id, type, actor_id, text, link, group_key) "
                        + "values (?1, ?2, cast(?3 as bigint), ?4, ?5, ?6)")
                .setParameter(1, notice.recipient())
                .setParameter(2, notice.type())
                .setParameter(3, notice.actor())
                .setParameter(4, truncate(notice.text(), 500))
                .setParameter(5, notice.link())
                .setParameter(6, notice.groupKey())
                .executeUpdate();
    }

    /** A core type, or one an enabled plugin declares. */
    boolean known(String type) {
        return CoreNotificationTypes.ALL.contains(type)
                || calls.collect(NotificationTypeProvider.class, p -> p.types(Locale.ENGLISH)).stream()
                        .map(NotificationType::id).anyMatch(type::equals);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
