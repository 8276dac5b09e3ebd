package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.profile.MemberDirectory;
import social.rapport.spi.platform.MemberRef;

/**
 * The signed-in member's notifications: the list (newest first, keyset pages on
 * {@code notification_recipient_idx}), the unread count, mark one or all read.
 *
 * <p>What is shown: notices of core types and of enabled plugins (a disabled plugin's rows are
 * kept and come back when it is enabled again), never from an actor the member blocks or who
 * blocks them, nor from a suspended actor. The count applies the same rules, so the badge and the
 * list agree.
 */
@ApplicationScoped
@Transactional
public class NotificationInbox {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    NotificationTypes types;

    @Inject
    MemberDirectory directory;

    /** Which rows the member may see (?1 recipient, ?2 core types, ?3 enabled plugin ids). */
    private static final String VISIBLE = "n.recipient_id = ?1 "
            + "and (n.type = any(cast(?2 as text[])) or split_part(n.type, '.', 1) = any(cast(?3 as text[]))) "
            // a scalar lookup by primary key per row: NOT EXISTS here gets planned as a scan of all suspended members
            + "and not coalesce((select sa.suspended from member sa where sa.id = n.actor_id), false) "
            + "and (n.actor_id is null or not exists (select 1 from member_block b where "
            + "(b.blocker_id = ?1 and b.blocked_id = n.actor_id) or (b.blocker_id = n.actor_id and b.blocked_id = ?1)))";

    /** The caller's entries, newest first, after {@code after} (null: the first page). */
    public List<NotificationEntry> page(NotificationEntry after) {
        long me = caller.memberId();
        String sql = "select n.id, n.type, n.actor_id, a.display_name, p.handle, n.text, n.link, n.created_at, n.read_at, "
                + "(select count(*) from notification_actor na join member am on am.id = na.actor_id "
                + " where na.notification_id = n.id and na.actor_id <> n.actor_id and not am.suspended "
                + " and not exists (select 1 from member_block b where (b.blocker_id = ?1 and b.blocked_id = na.actor_id) "
                + " or (b.blocker_id = na.actor_id and b.blocked_id = ?1))) "
                + "from notification n left join member a on a.id = n.actor_id left join profile p on p.member_id = n.actor_id "
                + "where " + VISIBLE
                + (after == null ? "" : " and (n.created_at, n.id) < (cast(?4 as timestamptz), ?5)")
                + " order by n.created_at desc, n.id desc";
        Query query = visible(em.createNativeQuery(sql), me).setMaxResults(PAGE_SIZE);
        if (after != null) {
            query.setParameter(4, after.createdAt().toString()).setParameter(5, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<NotificationEntry> entries = new ArrayList<>(rows.size());
        Map<Long, Optional<String>> photos = new HashMap<>(); // one lookup per actor on the page
        for (Object[] r : rows) {
            Long actor = r[2] == null ? null : ((Number) r[2]).longValue();
            String photo = actor == null ? null : photos.computeIfAbsent(actor,
                    a -> directory.find(a, me).map(MemberRef::photoUrl)).orElse(null);
            entries.add(new NotificationEntry(((Number) r[0]).longValue(), (String) r[1], actor, (String) r[3], (String) r[4],
                    photo, ((Number) r[9]).longValue(), (String) r[5], (String) r[6], RapportDatabase.offsetDateTime(r[7]),
                    r[8] != null));
        }
        return entries;
    }

    /** How many entries are unread (what the header badge shows). */
    public long unreadCount() {
        return unreadCount(caller.memberId());
    }

    /** The unread count of one member: only for callers that have established who is asking. */
    public long unreadCount(long memberId) {
        return ((Number) visible(em.createNativeQuery("select count(*) from notification n where n.read_at is null and " + VISIBLE),
                memberId).getSingleResult()).longValue();
    }

    /** Marks one of the caller's notifications read and returns it; another member's id is denied. */
    public NotificationEntry open(long notificationId) {
        long me = caller.memberId();
        List<?> owner = em.createNativeQuery("select recipient_id from notification where id = ?1")
                .setParameter(1, notificationId).getResultList();
        if (owner.isEmpty() || ((Number) owner.get(0)).longValue() != me) {
            throw new AccessDenied("not your notification");
        }
        em.createNativeQuery("update notification set read_at = now() where id = ?1 and read_at is null")
                .setParameter(1, notificationId).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select type, link, text from notification where id = ?1")
                .setParameter(1, notificationId).getSingleResult();
        return new NotificationEntry(notificationId, (String) row[0], null, null, null, null, 0, (String) row[2],
                (String) row[1], null, true);
    }

    /** Marks all of the caller's unread notifications read; returns how many. */
    public int markAllRead() {
        // only what the list shows: a disabled plugin's notices come back unread when it is enabled again
        return visible(em.createNativeQuery("update notification n set read_at = now() where n.read_at is null and " + VISIBLE),
                caller.memberId()).executeUpdate();
    }

    private Query visible(Query query, long me) {
        return query.setParameter(1, me)
                .setParameter(2, array(CoreNotificationTypes.ALL))
                .setParameter(3, array(types.enabledPlugins()));
    }

    /** A PostgreSQL text[] literal; type and plugin ids hold only letters, digits, dots and dashes, quoted anyway. */
    static String array(Collection<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
