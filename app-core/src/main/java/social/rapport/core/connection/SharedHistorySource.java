package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.spi.connection.ConnectionSuggestionSource;
import social.rapport.spi.connection.Suggestion;

/**
 * Members who worked at the same organisation or studied at the same school. Matches on
 * lower(name), which V2 indexes for experience and education.
 */
@ApplicationScoped
public class SharedHistorySource implements ConnectionSuggestionSource {

    static final double SAME_ORGANISATION = 0.4;
    static final double SAME_SCHOOL = 0.3;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** Alumni of one school considered per request. */
    static final int PER_SCHOOL = 200;

    @Override
    public String pluginId() {
        return PluginRegistry.CORE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Suggestion> suggest(long memberId, int limit) {
        List<Suggestion> result = new ArrayList<>();
        for (Object[] r : rows("select x.member_id, min(x.organisation) from experience mine "
                + "join experience x on lower(x.organisation) = lower(mine.organisation) and x.member_id <> mine.member_id "
                + "where mine.member_id = ?1 group by x.member_id order by x.member_id limit ?2", memberId, limit)) {
            result.add(new Suggestion(Rows.id(r[0]), SAME_ORGANISATION, "Also worked at " + r[1]));
        }
        // At most PER_SCHOOL alumni of each of my schools: a large university would otherwise be
        // aggregated whole (59 ms at 100k members; about 4 ms capped, docs/performance.md).
        for (Object[] r : rows("select x.member_id, min(mine.school) from education mine "
                + "cross join lateral (select e.member_id from education e where lower(e.school) = lower(mine.school) "
                + "and e.member_id <> mine.member_id limit " + PER_SCHOOL + ") x "
                + "where mine.member_id = ?1 group by x.member_id order by x.member_id limit ?2", memberId, limit)) {
            result.add(new Suggestion(Rows.id(r[0]), SAME_SCHOOL, "Also studied at " + r[1]));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long memberId, int limit) {
        return em.createNativeQuery(sql).setParameter(1, memberId).setParameter(2, limit).getResultList();
    }
}
