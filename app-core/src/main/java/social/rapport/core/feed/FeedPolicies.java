package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.feed.FeedItemKind;

/**
 * The admin's feed policy (table {@code feed_policy}), read for every page and changed only by
 * admins, each change recorded with who and when in {@code feed_policy_change}.
 */
@ApplicationScoped
@Transactional
public class FeedPolicies {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    /** The policy per kind (defaults where the table has no row). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<FeedItemKind, FeedPolicy> all() {
        Map<FeedItemKind, FeedPolicy> result = new EnumMap<>(FeedItemKind.class);
        for (FeedItemKind kind : FeedItemKind.values()) {
            result.put(kind, FeedPolicy.defaults(kind));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, max_per_page, first_position, min_distance from feed_policy").getResultList();
        for (Object[] r : rows) {
            FeedItemKind kind = FeedItemKind.valueOf((String) r[0]);
            result.put(kind, new FeedPolicy(kind, ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return result;
    }

    /**
     * Sets the rule for one kind (admins only).
     *
     * @throws Refusal on {@code maxPerPage} (0..10), {@code firstPosition} (1..10) or {@code minDistance} (1..10)
     */
    public void change(FeedPolicy policy) {
        long admin = caller.requireAdmin().getId();
        if (policy.maxPerPage() < 0 || policy.maxPerPage() > FeedPolicy.PAGE) {
            throw new Refusal("maxPerPage", "feed.policy.maxPerPage");
        }
        if (policy.firstPosition() < 1 || policy.firstPosition() > FeedPolicy.PAGE) {
            throw new Refusal("firstPosition", "feed.policy.firstPosition");
        }
        if (policy.minDistance() < 1 || policy.minDistance() > FeedPolicy.PAGE) {
            throw new Refusal("minDistance", "feed.policy.minDistance");
        }
        em.createNativeQuery("insert into feed_policy (kind, max_per_page, first_position, min_distance, changed_at, changed_by) "
                        + "values (?1, ?2, ?3, ?4, now(), ?5) on conflict (kind) do update set max_per_page = excluded.max_per_page, "
                        + "first_position = excluded.first_position, min_distance = excluded.min_distance, "
                        + "changed_at = excluded.changed_at, changed_by = excluded.changed_by")
                .setParameter(1, policy.kind().name()).setParameter(2, policy.maxPerPage()).setParameter(3, policy.firstPosition())
                .setParameter(4, policy.minDistance()).setParameter(5, admin).executeUpdate();
        em.createNativeQuery("insert into feed_policy_change (kind, max_per_page, first_position, min_distance, changed_by) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, policy.kind().name()).setParameter(2, policy.maxPerPage()).setParameter(3, policy.firstPosition())
                .setParameter(4, policy.minDistance()).setParameter(5, admin).executeUpdate();
    }

    /** One recorded change. */
    public record Change(FeedPolicy policy, OffsetDateTime at, String by) {
    }

    /** The latest changes, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> history(int limit) {
        caller.requireAdmin();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.kind, c.max_per_page, c.first_position, c.min_distance, c.changed_at, m.display_name "
                        + "from feed_policy_change c join member m on m.id = c.changed_by order by c.changed_at desc, c.id desc limit ?1")
                .setParameter(1, limit).getResultList();
        List<Change> result = new ArrayList<>();
        for (Object[] r : rows) {
            FeedItemKind kind = FeedItemKind.valueOf((String) r[0]);
            result.add(new Change(new FeedPolicy(kind, ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()),
                    RapportDatabase.offsetDateTime(r[4]), (String) r[5]));
        }
        return result;
    }
}
