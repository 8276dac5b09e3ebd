package social.rapport.core.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.facts.MemberFacts;
import social.rapport.spi.platform.Audience;

/** The SQL that reads members' profile facts in batch, with each part's audience. */
@ApplicationScoped
@Transactional // a container-managed EM outside a JTA transaction is not safe on every thread (managed executor)
public class FactQueries {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** One member's facts as stored, with the audience of each part. */
    public record Stored(long memberId, String location, Audience locationAudience, Set<String> openTo, Audience openToAudience,
                         Audience skillsAudience, Audience experienceAudience, Audience educationAudience,
                         List<String> skills, List<MemberFacts.Position> positions, List<MemberFacts.Education> education,
                         List<String> languages) {
    }

    public Map<Long, Stored> load(Collection<Long> memberIds) {
        Map<Long, Stored> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        String ids = RapportDatabase.arrayLiteral(memberIds);
        Map<Long, List<String>> skills = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> skillRows = em.createNativeQuery("select ms.member_id, s.name from member_skill ms join skill s on s.id = ms.skill_id "
                + "where ms.member_id = any(cast(?1 as bigint[])) order by ms.member_id, s.name").setParameter(1, ids).getResultList();
        for (Object[] r : skillRows) {
            skills.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, List<MemberFacts.Position>> positions = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> positionRows = em.createNativeQuery("select member_id, title, organisation, start_month, end_month from experience "
                + "where member_id = any(cast(?1 as bigint[])) order by member_id, end_month desc nulls first, start_month desc")
                .setParameter(1, ids).getResultList();
        for (Object[] r : positionRows) {
            LocalDate start = date(r[3]);
            LocalDate end = date(r[4]);
            positions.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new MemberFacts.Position((String) r[1],
                    (String) r[2], start == null ? null : start.getYear(), end == null ? null : end.getYear(), end == null));
        }
        Map<Long, List<MemberFacts.Education>> education = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> educationRows = em.createNativeQuery("select member_id, school, degree, field, start_year, end_year from education "
                + "where member_id = any(cast(?1 as bigint[])) order by member_id, end_year desc nulls first").setParameter(1, ids).getResultList();
        for (Object[] r : educationRows) {
            education.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new MemberFacts.Education((String) r[1],
                    (String) r[2], (String) r[3], r[4] == null ? null : ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.member_id, p.location, p.location_visibility, p.open_advice, p.open_mentoring, "
                + "p.open_collaboration, p.open_hiring, p.open_being_hired, p.open_to_visibility, p.skills_visibility, "
                + "p.experience_visibility, p.education_visibility, m.language from profile p join member m on m.id = p.member_id "
                + "where p.member_id = any(cast(?1 as bigint[])) and not m.suspended").setParameter(1, ids).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Set<String> openTo = new LinkedHashSet<>();
            String[] names = {"advice", "mentoring", "collaboration", "hiring", "being-hired"};
            for (int i = 0; i < names.length; i++) {
                if (Boolean.TRUE.equals(r[3 + i])) {
                    openTo.add(names[i]);
                }
            }
            result.put(id, new Stored(id, (String) r[1], Audience.valueOf((String) r[2]), openTo, Audience.valueOf((String) r[8]),
                    Audience.valueOf((String) r[9]), Audience.valueOf((String) r[10]), Audience.valueOf((String) r[11]),
                    skills.getOrDefault(id, List.of()), positions.getOrDefault(id, List.of()), education.getOrDefault(id, List.of()),
                    r[12] == null ? List.of() : List.of((String) r[12]))); // the interface language: no profile part for languages yet
        }
        return result;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
