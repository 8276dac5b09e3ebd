package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/** The SQL of deletion requests ({@code account_deletion}). Callers bring the transaction. */
@ApplicationScoped
public class DeletionQueries {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** When the member's pending deletion is due, if one is pending. */
    Optional<OffsetDateTime> pendingDue(long memberId) {
        List<?> rows = em.createNativeQuery("select due_at from account_deletion where member_id = ?1 and cancelled_at is null and completed_at is null")
                .setParameter(1, memberId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(RapportDatabase.offsetDateTime(rows.get(0)));
    }

    void insert(long memberId, OffsetDateTime now, OffsetDateTime due) {
        em.createNativeQuery("insert into account_deletion (member_id, requested_at, due_at) values (?1, ?2, ?3)")
                .setParameter(1, memberId).setParameter(2, now).setParameter(3, due).executeUpdate();
    }

    /** Cancels the member's pending deletion; returns whether there was one. */
    boolean cancel(long memberId, OffsetDateTime now) {
        return em.createNativeQuery("update account_deletion set cancelled_at = ?2 where member_id = ?1 and cancelled_at is null and completed_at is null")
                .setParameter(1, memberId).setParameter(2, now).executeUpdate() > 0;
    }

    /** Locks one due request that no other instance is working on; returns its id and member. */
    Optional<long[]> claimDue(OffsetDateTime now) {
        List<?> rows = em.createNativeQuery("select id, member_id from account_deletion where cancelled_at is null and completed_at is null "
                        + "and due_at <= ?1 order by due_at limit 1 for update skip locked")
                .setParameter(1, now).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
    }

    void completed(long id, OffsetDateTime now) {
        em.createNativeQuery("update account_deletion set completed_at = ?2 where id = ?1").setParameter(1, id).setParameter(2, now).executeUpdate();
    }
}
