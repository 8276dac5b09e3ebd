package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.AccessDenied;

/**
 * Signed-in sessions in PostgreSQL. The browser's HTTP session holds a random key; every
 * signed-in request checks that its row is still open, so ending a row signs that browser out
 * on any instance. Last seen is written at most once a minute.
 */
@ApplicationScoped
@Transactional
public class MemberSessions {

    /** One open session, for the sessions page. */
    public record ActiveSession(long id, String userAgent, String address, OffsetDateTime createdAt, OffsetDateTime lastSeenAt) {
    }

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** Opens a session row for a member who just signed in; returns the key the HTTP session keeps. */
    public String start(long memberId, String userAgent, String address) {
        String key = Secrets.newToken();
        OffsetDateTime now = now();
        em.createNativeQuery("insert into member_session (member_id, key_hash, user_agent, address, created_at, last_seen_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?5)")
                .setParameter(1, memberId).setParameter(2, Secrets.hash(key))
                .setParameter(3, clip(userAgent == null ? "" : userAgent, 300)).setParameter(4, clip(address, 64))
                .setParameter(5, now)
                .executeUpdate();
        return key;
    }

    /** Whether the session with this key is open for this member; notes that it was seen. */
    public boolean stillOpen(long memberId, String key) {
        OffsetDateTime now = now();
        List<?> rows = em.createNativeQuery("select id, last_seen_at from member_session where key_hash = ?1 and member_id = ?2 and ended_at is null")
                .setParameter(1, Secrets.hash(key)).setParameter(2, memberId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        if (RapportDatabase.offsetDateTime(row[1]).isBefore(now.minusMinutes(1))) {
            em.createNativeQuery("update member_session set last_seen_at = ?2 where id = ?1")
                    .setParameter(1, ((Number) row[0]).longValue()).setParameter(2, now).executeUpdate();
        }
        return true;
    }

    /** The caller's open sessions, most recently seen first. */
    public List<ActiveSession> mine() {
        List<?> rows = em.createNativeQuery("select id, user_agent, address, created_at, last_seen_at from member_session "
                        + "where member_id = ?1 and ended_at is null order by last_seen_at desc, id desc")
                .setParameter(1, caller.memberId()).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new ActiveSession(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                RapportDatabase.offsetDateTime(r[3]), RapportDatabase.offsetDateTime(r[4]))).toList();
    }

    /** The id of the session with this key (to mark "this browser" on the sessions page), or -1. */
    public long idOf(String key) {
        if (key == null) {
            return -1;
        }
        List<?> rows = em.createNativeQuery("select id from member_session where key_hash = ?1").setParameter(1, Secrets.hash(key)).getResultList();
        return rows.isEmpty() ? -1 : ((Number) rows.get(0)).longValue();
    }

    /** Ends one of the caller's sessions. */
    public void end(long sessionId) {
        int ended = em.createNativeQuery("update member_session set ended_at = ?3 where id = ?1 and member_id = ?2 and ended_at is null")
                .setParameter(1, sessionId).setParameter(2, caller.memberId()).setParameter(3, now()).executeUpdate();
        if (ended == 0) {
            throw new AccessDenied("no such open session of the caller");
        }
    }

    /** Ends the caller's sessions but the one with this key; returns how many. */
    public int endOthers(String keepKey) {
        return endAllBut(caller.memberId(), keepKey);
    }

    /** Ends every session of the member except the one with {@code keepKey} (null: all). */
    int endAllBut(long memberId, String keepKey) {
        return em.createNativeQuery("update member_session set ended_at = ?2 where member_id = ?1 and ended_at is null and key_hash <> ?3")
                .setParameter(1, memberId).setParameter(2, now()).setParameter(3, keepKey == null ? "" : Secrets.hash(keepKey))
                .executeUpdate();
    }

    /**
     * Signs a suspended member out everywhere: ends every open session of the member, if (and
     * only if) they are suspended, so that each instance refuses their next request. Returns how many.
     */
    int endAllOfSuspended(long memberId) {
        return em.createNativeQuery("update member_session s set ended_at = ?2 from member m where m.id = s.member_id "
                        + "and s.member_id = ?1 and s.ended_at is null and m.suspended")
                .setParameter(1, memberId).setParameter(2, now()).executeUpdate();
    }

    /** Ends the session with this key (signing out). */
    public void endByKey(String key) {
        em.createNativeQuery("update member_session set ended_at = ?2 where key_hash = ?1 and ended_at is null")
                .setParameter(1, Secrets.hash(key)).setParameter(2, now()).executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
