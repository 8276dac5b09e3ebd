package social.rapport.core.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/** The SQL of the digest: its schedule and what is waiting for a member. Callers bring the transaction. */
@ApplicationScoped
public class DigestQueries {

    /** Someone waiting for the member's answer ({@code memberId}, {@code name}), and the thing's id. */
    record Waiting(long id, long memberId, String name) {
    }

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** Gives every verified member without a schedule their first digest at {@code first}. */
    int scheduleNewMembers(OffsetDateTime first) {
        return em.createNativeQuery("insert into digest_schedule (member_id, next_at) select m.id, ?1 from member m "
                        + "where not m.suspended and m.email_verified_at is not null "
                        + "and not exists (select 1 from digest_schedule d where d.member_id = m.id) on conflict do nothing")
                .setParameter(1, first).executeUpdate();
    }

    /** Locks one member whose digest is due and that no other instance holds. */
    Optional<Long> claimDue(OffsetDateTime now) {
        List<?> rows = em.createNativeQuery("select member_id from digest_schedule where next_at <= ?1 "
                        + "order by next_at, member_id limit 1 for update skip locked")
                .setParameter(1, now).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** The member's next digest is due at {@code next}. */
    void advance(long memberId, OffsetDateTime next) {
        em.createNativeQuery("update digest_schedule set next_at = ?2 where member_id = ?1")
                .setParameter(1, memberId).setParameter(2, next).executeUpdate();
    }

    /** A digest went out at {@code sentAt}; the next is due at {@code next}. */
    void sent(long memberId, OffsetDateTime sentAt, OffsetDateTime next) {
        em.createNativeQuery("update digest_schedule set next_at = ?2, last_sent_at = ?3 where member_id = ?1")
                .setParameter(1, memberId).setParameter(2, next).setParameter(3, sentAt).executeUpdate();
    }

    /** Pending invitations the member received, from members who are not suspended, newest first. */
    List<Waiting> invitationsWaiting(long memberId, int limit) {
        return waiting("select i.id, m.id, m.display_name from invitation i join member m on m.id = i.sender_id "
                + "where i.recipient_id = ?1 and i.status = 'PENDING' and not m.suspended "
                + "order by i.created_at desc, i.id desc", memberId, limit);
    }

    /** Message requests the member received and has neither accepted nor left, newest first. */
    List<Waiting> requestsUnanswered(long memberId, int limit) {
        return waiting("select cm.conversation_id, m.id, m.display_name from conversation_member cm "
                + "join conversation_member o on o.conversation_id = cm.conversation_id and o.member_id <> cm.member_id "
                + "join member m on m.id = o.member_id "
                + "where cm.member_id = ?1 and cm.folder = 'REQUESTS' and cm.left_at is null and not m.suspended "
                + "and not exists (select 1 from member_block b where (b.blocker_id = ?1 and b.blocked_id = m.id) "
                + "or (b.blocker_id = m.id and b.blocked_id = ?1)) "
                + "order by cm.conversation_id desc", memberId, limit);
    }

    private List<Waiting> waiting(String sql, long memberId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, memberId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Waiting(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2])).toList();
    }
}
