package social.rapport.core.capability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import social.rapport.core.database.RapportDatabase;

/** The SQL of capabilities: grants, their audit trail and the application queue. */
@ApplicationScoped
@Transactional // a container-managed EM outside a JTA transaction is not safe on every thread (managed executor)
public class CapabilityQueries {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** Capabilities the member holds, among {@code usable} (those of enabled plugins); none when suspended. */
    public Set<String> held(long memberId, Set<String> usable) {
        if (usable.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select g.capability from capability_grant g join member m on m.id = g.member_id "
                        + "where g.member_id = ?1 and not m.suspended and g.capability = any(cast(?2 as varchar[]))")
                .setParameter(1, memberId).setParameter(2, RapportDatabase.arrayLiteral(usable)).getResultList();
        return new HashSet<>(rows);
    }

    public boolean isGranted(long memberId, String capability) {
        return !em.createNativeQuery("select 1 from capability_grant where member_id = ?1 and capability = ?2")
                .setParameter(1, memberId).setParameter(2, capability).getResultList().isEmpty();
    }

    /** Grants (idempotent) and records the change. */
    public void grant(long memberId, String capability, long by, String reason, OffsetDateTime at) {
        em.createNativeQuery("insert into capability_grant (member_id, capability, granted_by, granted_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (member_id, capability) do nothing")
                .setParameter(1, memberId).setParameter(2, capability).setParameter(3, by).setParameter(4, at).executeUpdate();
        audit(memberId, capability, "GRANT", by, reason, at);
    }

    /** Revokes and records the change; false when the member did not hold it. */
    public boolean revoke(long memberId, String capability, long by, String reason, OffsetDateTime at) {
        int removed = em.createNativeQuery("delete from capability_grant where member_id = ?1 and capability = ?2")
                .setParameter(1, memberId).setParameter(2, capability).executeUpdate();
        if (removed > 0) {
            audit(memberId, capability, "REVOKE", by, reason, at);
        }
        return removed > 0;
    }

    private void audit(long memberId, String capability, String action, long by, String reason, OffsetDateTime at) {
        em.createNativeQuery("insert into capability_change (member_id, capability, action, reason, changed_by, changed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, memberId).setParameter(2, capability).setParameter(3, action).setParameter(4, reason)
                .setParameter(5, by).setParameter(6, at).executeUpdate();
    }

    /** Holders of a capability, by name. */
    public List<CapabilityHolder> holders(String capability) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.display_name, p.handle, g.granted_at from capability_grant g "
                        + "join member m on m.id = g.member_id left join profile p on p.member_id = m.id "
                        + "where g.capability = ?1 order by m.display_name, m.id")
                .setParameter(1, capability).getResultList();
        List<CapabilityHolder> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new CapabilityHolder(((Number) r[0]).longValue(), (String) r[1], (String) r[2], RapportDatabase.offsetDateTime(r[3])));
        }
        return result;
    }

    /** The latest grants and revokes, newest first. */
    public List<CapabilityChange> history(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.capability, c.action, c.reason, c.changed_at, m.display_name, a.display_name "
                        + "from capability_change c join member m on m.id = c.member_id join member a on a.id = c.changed_by "
                        + "order by c.changed_at desc, c.id desc limit ?1")
                .setParameter(1, limit).getResultList();
        List<CapabilityChange> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new CapabilityChange((String) r[0], "GRANT".equals(r[1]), (String) r[2], RapportDatabase.offsetDateTime(r[3]),
                    (String) r[4], (String) r[5]));
        }
        return result;
    }

    public boolean hasPending(long memberId, String capability) {
        return !em.createNativeQuery("select 1 from capability_application where member_id = ?1 and capability = ?2 and status = 'PENDING'")
                .setParameter(1, memberId).setParameter(2, capability).getResultList().isEmpty();
    }

    public long apply(long memberId, String capability, String note, OffsetDateTime at) {
        return ((Number) em.createNativeQuery("insert into capability_application (member_id, capability, note, applied_at) "
                        + "values (?1, ?2, ?3, ?4) returning id")
                .setParameter(1, memberId).setParameter(2, capability).setParameter(3, note).setParameter(4, at)
                .getSingleResult()).longValue();
    }

    /** A pending application, locked for the decision. */
    public Optional<CapabilityApplication> pendingForUpdate(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_APPLICATION + "where a.id = ?1 and a.status = 'PENDING' for update of a")
                .setParameter(1, applicationId).getResultList();
        return rows.stream().map(CapabilityQueries::application).findFirst();
    }

    public void decide(long applicationId, boolean approved, long by, String reason, OffsetDateTime at) {
        em.createNativeQuery("update capability_application set status = ?2, decided_by = ?3, reason = ?4, decided_at = ?5 where id = ?1")
                .setParameter(1, applicationId).setParameter(2, approved ? "APPROVED" : "DECLINED").setParameter(3, by)
                .setParameter(4, reason).setParameter(5, at).executeUpdate();
    }

    /** Pending applications, oldest first, after the keyset ({@code afterId} 0 for the first page). */
    public List<CapabilityApplication> queue(Set<String> capabilities, long afterId, int limit) {
        if (capabilities.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_APPLICATION + "where a.status = 'PENDING' and a.id > ?1 "
                        + "and a.capability = any(cast(?2 as varchar[])) order by a.id limit ?3")
                .setParameter(1, afterId).setParameter(2, RapportDatabase.arrayLiteral(capabilities)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(CapabilityQueries::application).toList();
    }

    /** The member's applications, newest first. */
    public List<CapabilityApplication> of(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_APPLICATION + "where a.member_id = ?1 order by a.id desc limit 50")
                .setParameter(1, memberId).getResultList();
        return rows.stream().map(CapabilityQueries::application).toList();
    }

    private static final String SELECT_APPLICATION = "select a.id, a.member_id, m.display_name, a.capability, a.note, a.status, "
            + "a.applied_at, a.reason from capability_application a join member m on m.id = a.member_id ";

    private static CapabilityApplication application(Object[] r) {
        return new CapabilityApplication(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], RapportDatabase.offsetDateTime(r[6]), (String) r[7]);
    }
}
