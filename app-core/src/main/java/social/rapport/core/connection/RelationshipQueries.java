package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.platform.Audience;
import social.rapport.spi.platform.Relationships;

/** The core's answer to "are these two connected, blocked, may this one see that" (platform service). */
@ApplicationScoped
public class RelationshipQueries implements Relationships {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Override
    public boolean connected(long a, long b) {
        return exists("select 1 from connection_edge where member_id = ?1 and other_id = ?2", a, b);
    }

    @Override
    public boolean blocked(long a, long b) {
        return exists("select 1 from member_block where (blocker_id = ?1 and blocked_id = ?2) "
                + "or (blocker_id = ?2 and blocked_id = ?1)", a, b);
    }

    /** {@link Relationships#blockedAmong}: one query over both directions of member_block. */
    @Override
    public Set<Long> blockedAmong(long member, Collection<Long> others) {
        Set<Long> result = new HashSet<>();
        if (others.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select blocked_id from member_block where blocker_id = ?1 "
                        + "and blocked_id = any(cast(?2 as bigint[])) "
                        + "union select blocker_id from member_block where blocked_id = ?1 and blocker_id = any(cast(?2 as bigint[]))")
                .setParameter(1, member)
                .setParameter(2, RapportDatabase.arrayLiteral(others))
                .getResultList();
        ids.forEach(id -> result.add(id.longValue()));
        return result;
    }

    @Override
    public Set<Long> connectionsOf(long memberId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select other_id from connection_edge where member_id = ?1")
                .setParameter(1, memberId)
                .getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(id -> result.add(id.longValue()));
        return result;
    }

    @Override
    public boolean canSee(Long viewer, long owner, Audience audience) {
        if (viewer != null && viewer == owner) {
            return true;
        }
        if (viewer != null && blocked(viewer, owner)) {
            return false;
        }
        return switch (audience) {
            case EVERYONE -> true;
            case MEMBERS -> viewer != null;
            case CONNECTIONS -> viewer != null && connected(viewer, owner);
        };
    }

    private boolean exists(String sql, long a, long b) {
        return !em.createNativeQuery(sql).setParameter(1, a).setParameter(2, b).setMaxResults(1).getResultList().isEmpty();
    }
}
