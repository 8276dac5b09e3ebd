package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.connection.ConnectionChange;

/**
 * What a member does about another once invitations are settled: remove a connection, follow,
 * block, report, and dismiss a suggestion. Always on behalf of the caller.
 */
@ApplicationScoped
@Transactional
public class ConnectionService {

    public static final int MAX_REPORT_TEXT = 2000;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    @Inject
    Event<ConnectionEvent> events;

    /** Either side may remove a connection: both directed edges go. */
    public void remove(long otherId) {
        long me = caller.memberId();
        int removed = em.createNativeQuery("delete from connection_edge where (member_id = ?1 and other_id = ?2) "
                + "or (member_id = ?2 and other_id = ?1)").setParameter(1, me).setParameter(2, otherId).executeUpdate();
        if (removed > 0) {
            fire(ConnectionEvent.Kind.CONNECTION_REMOVED, me, otherId);
        }
    }

    /** One-way: the caller follows someone, who need not agree. */
    public void follow(long otherId) {
        long me = caller.memberId();
        requireReachable(me, otherId, "follow");
        int added = em.createNativeQuery("insert into follow (follower_id, followee_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, me).setParameter(2, otherId).executeUpdate();
        if (added > 0) {
            fire(ConnectionEvent.Kind.MEMBER_FOLLOWED, me, otherId);
        }
    }

    public void unfollow(long otherId) {
        em.createNativeQuery("delete from follow where follower_id = ?1 and followee_id = ?2")
                .setParameter(1, caller.memberId()).setParameter(2, otherId).executeUpdate();
    }

    /**
     * Blocks someone: from now on neither sees the other in the network's lists and suggestions,
     * and the connection, pending invitations and follows between them are gone.
     */
    public void block(long otherId) {
        long me = caller.memberId();
        if (otherId == me || !exists(otherId)) {
            throw new Refusal("block", "network.member.unavailable");
        }
        int added = em.createNativeQuery("insert into member_block (blocker_id, blocked_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, me).setParameter(2, otherId).executeUpdate();
        pair("delete from connection_edge where (member_id = ?1 and other_id = ?2) or (member_id = ?2 and other_id = ?1)", me, otherId);
        pair("delete from invitation where status = 'PENDING' and ((sender_id = ?1 and recipient_id = ?2) "
                + "or (sender_id = ?2 and recipient_id = ?1))", me, otherId);
        pair("delete from follow where (follower_id = ?1 and followee_id = ?2) or (follower_id = ?2 and followee_id = ?1)", me, otherId);
        if (added > 0) {
            fire(ConnectionEvent.Kind.MEMBER_BLOCKED, me, otherId);
        }
    }

    /** Lifts the caller's own block; nothing that the block removed comes back. */
    public void unblock(long otherId) {
        pair("delete from member_block where blocker_id = ?1 and blocked_id = ?2", caller.memberId(), otherId);
    }

    /** Puts a report about a member into the admin queue; returns its id. */
    public long report(long reportedId, String reasonName, String text) {
        long me = caller.memberId();
        ReportReason reason = ReportReason.parse(reasonName).orElseThrow(() -> new Refusal("reason", "network.report.reasonRequired"));
        String body = text == null || text.isBlank() ? null : text.strip();
        if (body != null && body.length() > MAX_REPORT_TEXT) {
            throw new Refusal("text", "network.report.textTooLong");
        }
        if (reportedId == me || !exists(reportedId)) {
            throw new Refusal("reason", "network.member.unavailable");
        }
        rateLimits.take(LimitedAction.REPORT, me, "reason");
        // the partial unique index (V62) keeps one open report per reporter and member, also in a race
        List<?> id = em.createNativeQuery("insert into member_report (reporter_id, reported_id, reason, text) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing returning id")
                .setParameter(1, me).setParameter(2, reportedId).setParameter(3, reason.name()).setParameter(4, body)
                .getResultList();
        if (id.isEmpty()) {
            throw new Refusal("reason", "moderation.report.duplicate");
        }
        return Rows.id(id.get(0));
    }

    /** "Not this person": never suggested to the caller again. */
    public void dismissSuggestion(long otherId) {
        long me = caller.memberId();
        if (otherId == me || !exists(otherId)) {
            return;
        }
        pair("insert into suggestion_dismissal (member_id, dismissed_id) values (?1, ?2) on conflict do nothing", me, otherId);
    }

    private void requireReachable(long me, long otherId, String field) {
        if (otherId == me || !MemberChecks.active(em, otherId) || MemberChecks.blocked(em, me, otherId)) {
            throw new Refusal(field, "network.member.unavailable");
        }
    }

    private boolean exists(long memberId) {
        return !em.createNativeQuery("select 1 from member where id = ?1").setParameter(1, memberId).getResultList().isEmpty();
    }

    private int pair(String sql, long a, long b) {
        return em.createNativeQuery(sql).setParameter(1, a).setParameter(2, b).executeUpdate();
    }

    private void fire(ConnectionEvent.Kind kind, long actor, long subject) {
        OffsetDateTime now = Rows.time(em.createNativeQuery("select now()").getSingleResult());
        events.fire(new ConnectionEvent(kind, new ConnectionChange(actor, subject, null, now)));
    }
}
