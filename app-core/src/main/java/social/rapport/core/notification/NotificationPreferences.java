package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.notification.NotificationType;

/**
 * The signed-in member's per-type notification preferences: the core's types and those of the
 * enabled plugins, each on unless turned off. A turned-off type is not delivered (the
 * {@link NotificationService} drops it). A disabled plugin's choices are kept for when it returns.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    NotificationTypes types;

    /** Every type the member may turn on or off now, core types first. */
    public List<TypeSetting> settings(Locale locale) {
        Set<String> off = turnedOff(caller.memberId());
        List<TypeSetting> settings = new ArrayList<>();
        for (String type : CoreNotificationTypes.ALL) {
            if (type.equals(CoreNotificationTypes.CONTENT_REMOVED)) {
                continue; // a moderator's removal is always told to the author
            }
            settings.add(new TypeSetting(type, null, !off.contains(type)));
        }
        for (NotificationType type : types.declared(locale)) {
            settings.add(new TypeSetting(type.id(), type.label(), !off.contains(type.id())));
        }
        return settings;
    }

    /**
     * Saves the member's choice for the listed types: those in {@code off} are turned off, the
     * rest of {@code shown} on. Types that do not exist (any more) are refused.
     */
    public void save(Set<String> shown, Set<String> off) {
        long me = caller.memberId();
        Set<String> all = new HashSet<>(shown);
        all.addAll(off);
        for (String type : all) {
            if (!types.known(type) || type.equals(CoreNotificationTypes.CONTENT_REMOVED)) {
                throw new Refusal("preferences", "notification.preferences.unknownType");
            }
        }
        for (String type : all) {
            if (off.contains(type)) {
                em.createNativeQuery("insert into notification_opt_out (member_id, type) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, me).setParameter(2, type).executeUpdate();
            } else {
                em.createNativeQuery("delete from notification_opt_out where member_id = ?1 and type = ?2")
                        .setParameter(1, me).setParameter(2, type).executeUpdate();
            }
        }
    }

    private Set<String> turnedOff(long member) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select type from notification_opt_out where member_id = ?1")
                .setParameter(1, member).getResultList();
        return new HashSet<>(rows);
    }
}
