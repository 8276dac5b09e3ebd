package social.rapport.core.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.facts.Fact;
import social.rapport.spi.facts.FactCriteria;

/**
 * The SQL of {@code MemberFactsReader.count}: members with the purpose on whose facts, as shared
 * with all members, match the criteria (see {@link FactCriteria} for the rules). Values travel as
 * JSON arrays, so any text a plugin passes is bound, never spliced into the SQL.
 */
@ApplicationScoped
@Transactional // a container-managed EM outside a JTA transaction is not safe on every thread (managed executor)
public class FactCounts {

    /** Whole-word match of {@code w.v} (a regex-escaped value) in {@code %s}, ignoring case. */
    private static final String WORDS = "%s ~* ('(^|[^[:alnum:]])' || w.v || '($|[^[:alnum:]])')";
    private static final String CURRENT_TITLE = "(select e.title from experience e where e.member_id = m.id and e.end_month is null "
            + "order by e.start_month desc limit 1)";

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    public long count(String purpose, boolean onByDefault, Set<Fact> covered, FactCriteria c) {
        if (!c.skills().isEmpty() && !covered.contains(Fact.SKILLS) || !c.locations().isEmpty() && !covered.contains(Fact.LOCATION)
                || (!c.currentTitles().isEmpty() || !c.currentOrganisations().isEmpty()) && !covered.contains(Fact.POSITIONS)
                || !c.languages().isEmpty() && !covered.contains(Fact.LANGUAGES)) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("select count(*) from member m join profile p on p.member_id = m.id "
                + "left join fact_consent c on c.member_id = m.id and c.purpose = ?1 where not m.suspended and coalesce(c.allowed, ?2)");
        List<Object> parameters = new ArrayList<>(List.of(purpose, onByDefault));
        if (!c.skills().isEmpty()) {
            sql.append(" and p.skills_visibility <> 'CONNECTIONS' and exists (select 1 from member_skill ms join skill s on s.id = ms.skill_id "
                    + "where ms.member_id = m.id and lower(s.name) in (select lower(v) from json_array_elements_text(cast(?")
                    .append(add(parameters, json(c.skills(), false))).append(" as json)) v))");
        }
        if (!c.locations().isEmpty()) {
            sql.append(" and p.location_visibility <> 'CONNECTIONS' and exists (select 1 from json_array_elements_text(cast(?")
                    .append(add(parameters, json(c.locations(), true))).append(" as json)) w(v) where ").append(WORDS.formatted("p.location")).append(")");
        }
        if (!c.currentTitles().isEmpty()) {
            sql.append(" and p.experience_visibility <> 'CONNECTIONS' and exists (select 1 from json_array_elements_text(cast(?")
                    .append(add(parameters, json(c.currentTitles(), true))).append(" as json)) w(v) where ").append(WORDS.formatted(CURRENT_TITLE)).append(")");
        }
        if (!c.currentOrganisations().isEmpty()) {
            sql.append(" and p.experience_visibility <> 'CONNECTIONS' and exists (select 1 from experience e where e.member_id = m.id "
                    + "and e.end_month is null and lower(e.organisation) in (select lower(v) from json_array_elements_text(cast(?")
                    .append(add(parameters, json(c.currentOrganisations(), false))).append(" as json)) v))");
        }
        if (!c.languages().isEmpty()) {
            sql.append(" and lower(m.language) in (select lower(v) from json_array_elements_text(cast(?")
                    .append(add(parameters, json(c.languages(), false))).append(" as json)) v)");
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static int add(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    /** The values as a JSON array; for a word match each value is escaped for a PostgreSQL regular expression. */
    static String json(List<String> values, boolean regex) {
        var array = Json.createArrayBuilder();
        for (String value : values) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            array.add(regex ? v.replaceAll("([^\\p{Alnum}\\s])", "\\\\$1") : v);
        }
        return array.build().toString();
    }
}
