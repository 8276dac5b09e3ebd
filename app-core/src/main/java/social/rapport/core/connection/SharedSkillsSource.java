package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.spi.connection.ConnectionSuggestionSource;
import social.rapport.spi.connection.Suggestion;

/** Members who share skills, more shared skills first (member_skill and its (skill_id, member_id) index). */
@ApplicationScoped
public class SharedSkillsSource implements ConnectionSuggestionSource {

    /** Holders of one skill considered per request (the most recent members first). */
    static final int PER_SKILL = 200;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Override
    public String pluginId() {
        return PluginRegistry.CORE;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Suggestion> suggest(long memberId, int limit) {
        @SuppressWarnings("unchecked")
        // At most PER_SKILL holders of each of my skills: a skill thousands share ("Java") would otherwise
        // make this aggregate every one of them (93 ms at 100k members; 13-25 ms capped, docs/performance.md).
        List<Object[]> rows = em.createNativeQuery("select x.member_id, count(*) as shared, "
                        + "string_agg(s.name, ', ' order by s.name) from member_skill mine "
                        + "join skill s on s.id = mine.skill_id "
                        + "cross join lateral (select ms.member_id from member_skill ms where ms.skill_id = mine.skill_id "
                        + "and ms.member_id <> mine.member_id order by ms.member_id desc limit " + PER_SKILL + ") x "
                        + "where mine.member_id = ?1 group by x.member_id order by shared desc, x.member_id limit ?2")
                .setParameter(1, memberId).setParameter(2, limit).getResultList();
        return rows.stream()
                .map(r -> new Suggestion(Rows.id(r[0]), Math.min(0.5, 0.1 * Rows.id(r[1])), "Shares skills: " + r[2]))
                .toList();
    }
}
