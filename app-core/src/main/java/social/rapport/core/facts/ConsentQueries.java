package social.rapport.core.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.core.database.RapportDatabase;

/** The SQL of members' answers per purpose (table {@code fact_consent}); no row means the purpose kind's default. */
@ApplicationScoped
@Transactional // a container-managed EM outside a JTA transaction is not safe on every thread (managed executor)
public class ConsentQueries {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** The member's recorded answers, by purpose id. */
    public Map<String, Boolean> answers(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select purpose, allowed from fact_consent where member_id = ?1")
                .setParameter(1, memberId).getResultList();
        Map<String, Boolean> result = new HashMap<>();
        for (Object[] r : rows) {
            result.put((String) r[0], (Boolean) r[1]);
        }
        return result;
    }

    public void answer(long memberId, String purpose, boolean allowed, OffsetDateTime at) {
        em.createNativeQuery("insert into fact_consent (member_id, purpose, allowed, changed_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (member_id, purpose) do update set allowed = excluded.allowed, changed_at = excluded.changed_at")
                .setParameter(1, memberId).setParameter(2, purpose).setParameter(3, allowed).setParameter(4, at).executeUpdate();
    }

    /** Of {@code members}, those (not suspended) whose answer for the purpose is yes, or who gave none when {@code onByDefault}. */
    public Set<Long> allowing(String purpose, boolean onByDefault, Collection<Long> members) {
        if (members.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select m.id from member m left join fact_consent c on c.member_id = m.id and c.purpose = ?1 "
                        + "where m.id = any(cast(?2 as bigint[])) and not m.suspended and coalesce(c.allowed, ?3)")
                .setParameter(1, purpose).setParameter(2, RapportDatabase.arrayLiteral(members)).setParameter(3, onByDefault)
                .getResultList();
        Set<Long> result = new HashSet<>();
        rows.forEach(n -> result.add(n.longValue()));
        return result;
    }

    /** Members allowing the purpose, ids above {@code afterId} ascending (keyset). */
    public List<Long> allowing(String purpose, boolean onByDefault, long afterId, int limit) {
        String sql = onByDefault
                ? "select m.id from member m left join fact_consent c on c.member_id = m.id and c.purpose = ?1 "
                  + "where m.id > ?2 and not m.suspended and coalesce(c.allowed, true) order by m.id limit ?3"
                : "select c.member_id from fact_consent c join member m on m.id = c.member_id "
                  + "where c.purpose = ?1 and c.allowed and c.member_id > ?2 and not m.suspended order by c.member_id limit ?3";
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, purpose).setParameter(2, afterId).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }
}
