package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;
import social.rapport.core.plugin.PluginDeclarations;
import social.rapport.spi.feed.FeedKind;
import social.rapport.spi.feed.FeedKindProvider;

/**
 * The admin's feed policy per plugin-declared feed kind (table {@code feed_policy}), read for every
 * page and changed only by admins, each change recorded with who and when in
 * {@code feed_policy_change}. A kind without a row follows its plugin's declared default.
 */
@ApplicationScoped
@Transactional
public class FeedPolicies {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PluginDeclarations declarations;

    @Inject
    Clock clock;

    /** A declared kind with the policy in force, for the admin page. */
    public record KindPolicy(FeedKind kind, FeedPolicy policy, boolean enabled) {
    }

    /** The policy of every kind an enabled plugin declares, by kind id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, FeedPolicy> all() {
        return apply(declarations.enabled(FeedKindProvider.class, p -> p.kinds(Locale.ENGLISH), FeedKind::id));
    }

    /** Every kind of every installed plugin (enabled or not) with its policy, for the admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KindPolicy> kinds(Locale locale) {
        caller.requireAdmin();
        List<FeedKind> enabled = declarations.enabled(FeedKindProvider.class, p -> p.kinds(locale), FeedKind::id);
        List<FeedKind> installed = declarations.installed(FeedKindProvider.class, p -> p.kinds(locale), FeedKind::id);
        Map<String, FeedPolicy> policies = apply(installed);
        List<String> enabledIds = enabled.stream().map(FeedKind::id).toList();
        return installed.stream().map(k -> new KindPolicy(k, policies.get(k.id()), enabledIds.contains(k.id()))).toList();
    }

    private Map<String, FeedPolicy> apply(List<FeedKind> kinds) {
        Map<String, FeedPolicy> result = new LinkedHashMap<>();
        for (FeedKind kind : kinds) {
            result.putIfAbsent(kind.id(), FeedPolicy.defaults(kind));
        }
        if (result.isEmpty()) {
            return result;
        }
        Map<String, int[]> saved = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, max_per_page, first_position, min_distance from feed_policy "
                        + "where kind = any(cast(?1 as varchar[]))")
                .setParameter(1, RapportDatabase.arrayLiteral(result.keySet())).getResultList();
        for (Object[] r : rows) {
            saved.put((String) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()});
        }
        result.replaceAll((id, p) -> saved.containsKey(id)
                ? new FeedPolicy(id, saved.get(id)[0], saved.get(id)[1], saved.get(id)[2], p.paid()) : p);
        return result;
    }

    /**
     * Sets the rule for one declared kind (admins only).
     *
     * @throws Refusal on {@code kind} (not declared by an installed plugin), {@code maxPerPage} (0..10),
     *                 {@code firstPosition} (1..10) or {@code minDistance} (1..10)
     */
    public void change(String kind, int maxPerPage, int firstPosition, int minDistance) {
        long admin = caller.requireAdmin().getId();
        boolean declared = declarations.installed(FeedKindProvider.class, p -> p.kinds(Locale.ENGLISH), FeedKind::id).stream()
                .anyMatch(k -> k.id().equals(kind));
        if (!declared) {
            throw new Refusal("kind", "feed.policy.unknownKind");
        }
        if (maxPerPage < 0 || maxPerPage > FeedPolicy.PAGE) {
            throw new Refusal("maxPerPage", "feed.policy.maxPerPage");
        }
        if (firstPosition < 1 || firstPosition > FeedPolicy.PAGE) {
            throw new Refusal("firstPosition", "feed.policy.firstPosition");
        }
        if (minDistance < 1 || minDistance > FeedPolicy.PAGE) {
            throw new Refusal("minDistance", "feed.policy.minDistance");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("insert into feed_policy (kind, max_per_page, first_position, min_distance, changed_at, changed_by) "
                        + "values (?1, ?2, ?3, ?4, ?6, ?5) on conflict (kind) do update set max_per_page = excluded.max_per_page, "
                        + "first_position = excluded.first_position, min_distance = excluded.min_distance, "
                        + "changed_at = excluded.changed_at, changed_by = excluded.changed_by")
                .setParameter(1, kind).setParameter(2, maxPerPage).setParameter(3, firstPosition)
                .setParameter(4, minDistance).setParameter(5, admin).setParameter(6, now).executeUpdate();
        em.createNativeQuery("insert into feed_policy_change (kind, max_per_page, first_position, min_distance, changed_by, changed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, kind).setParameter(2, maxPerPage).setParameter(3, firstPosition)
                .setParameter(4, minDistance).setParameter(5, admin).setParameter(6, now).executeUpdate();
    }

    /** One recorded change. */
    public record Change(String kind, int maxPerPage, int firstPosition, int minDistance, OffsetDateTime at, String by) {
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
            result.add(new Change((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                    RapportDatabase.offsetDateTime(r[4]), (String) r[5]));
        }
        return result;
    }
}
