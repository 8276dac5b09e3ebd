package social.rapport.core.connection;

import jakarta.persistence.EntityManager;

/** Small checks the connection services share, in the caller's transaction. */
final class MemberChecks {

    private MemberChecks() {
    }

    /** The member exists and is not suspended. */
    static boolean active(EntityManager em, long memberId) {
        return exists(em, "select 1 from member where id = ?1 and not suspended", memberId, 0);
    }

    static boolean blocked(EntityManager em, long a, long b) {
        return exists(em, "select 1 from member_block where (blocker_id = ?1 and blocked_id = ?2) "
                + "or (blocker_id = ?2 and blocked_id = ?1)", a, b);
    }

    static boolean connected(EntityManager em, long a, long b) {
        return exists(em, "select 1 from connection_edge where member_id = ?1 and other_id = ?2", a, b);
    }

    private static boolean exists(EntityManager em, String sql, long a, long b) {
        var query = em.createNativeQuery(sql).setParameter(1, a);
        if (sql.contains("?2")) {
            query.setParameter(2, b);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }
}
