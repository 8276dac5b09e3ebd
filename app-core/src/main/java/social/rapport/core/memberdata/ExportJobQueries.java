package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/** The SQL of export requests ({@code member_export}). Callers bring the transaction. */
@ApplicationScoped
public class ExportJobQueries {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    private static final String STATUS_COLUMNS = "id, status, steps_done, steps_total, requested_at, ready_at, expires_at, size_bytes";

    /** The member's latest request, if any (the row-mapping of {@link ExportStatus}). */
    Optional<ExportStatus> latest(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + STATUS_COLUMNS + " from member_export where member_id = ?1 "
                        + "order by requested_at desc, id desc limit 1")
                .setParameter(1, memberId).getResultList();
        return rows.stream().findFirst().map(r -> new ExportStatus(((Number) r[0]).longValue(), ExportStatus.State.valueOf((String) r[1]),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), RapportDatabase.offsetDateTime(r[4]),
                r[5] == null ? null : RapportDatabase.offsetDateTime(r[5]), r[6] == null ? null : RapportDatabase.offsetDateTime(r[6]),
                r[7] == null ? null : ((Number) r[7]).longValue()));
    }

    void insert(long memberId, OffsetDateTime now) {
        em.createNativeQuery("insert into member_export (member_id, status, requested_at) values (?1, 'QUEUED', ?2)")
                .setParameter(1, memberId).setParameter(2, now).executeUpdate();
    }

    /**
     * Claims the oldest waiting request (or one whose builder stopped before {@code staleBefore}):
     * marks it BUILDING in a short transaction of its own, so the other instances skip it.
     */
    Optional<long[]> claim(OffsetDateTime now, OffsetDateTime staleBefore, int steps) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update member_export set status = 'BUILDING', claimed_at = ?1, steps_done = 0, steps_total = ?3 "
                        + "where id = (select id from member_export where status = 'QUEUED' or (status = 'BUILDING' and claimed_at < ?2) "
                        + "order by requested_at, id limit 1 for update skip locked) returning id, member_id")
                .setParameter(1, now).setParameter(2, staleBefore).setParameter(3, steps).getResultList();
        return rows.stream().findFirst().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
    }

    void progress(long id, int done, OffsetDateTime now) {
        em.createNativeQuery("update member_export set steps_done = ?2, claimed_at = ?3 where id = ?1 and status = 'BUILDING'")
                .setParameter(1, id).setParameter(2, done).setParameter(3, now).executeUpdate();
    }

    void ready(long id, byte[] zip, OffsetDateTime now, OffsetDateTime expires) {
        em.createNativeQuery("update member_export set status = 'READY', zip = ?2, size_bytes = ?3, ready_at = ?4, expires_at = ?5, "
                        + "steps_done = steps_total where id = ?1")
                .setParameter(1, id).setParameter(2, zip).setParameter(3, (long) zip.length).setParameter(4, now).setParameter(5, expires)
                .executeUpdate();
    }

    void failed(long id, String error) {
        em.createNativeQuery("update member_export set status = 'FAILED', error = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, error.length() > 500 ? error.substring(0, 500) : error).executeUpdate();
    }

    /** The ZIP of the member's latest request, when it is ready and not expired at {@code now}. */
    Optional<byte[]> zip(long memberId, OffsetDateTime now) {
        List<?> rows = em.createNativeQuery("select zip from member_export where member_id = ?1 and status = 'READY' and expires_at > ?2 "
                        + "and id = (select max(id) from member_export where member_id = ?1)")
                .setParameter(1, memberId).setParameter(2, now).getResultList();
        return rows.stream().findFirst().map(r -> (byte[]) r);
    }

    /** Drops the bytes of downloads past their expiry; returns how many. */
    int expire(OffsetDateTime now) {
        return em.createNativeQuery("update member_export set status = 'EXPIRED', zip = null where status = 'READY' and expires_at <= ?1")
                .setParameter(1, now).executeUpdate();
    }
}
