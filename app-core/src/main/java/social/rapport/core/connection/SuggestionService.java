package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.spi.connection.ConnectionSuggestionSource;
import social.rapport.spi.connection.Suggestion;

/**
 * "People you may know": merges every enabled {@link ConnectionSuggestionSource} (the core's own
 * and plugins', each isolated by PluginCalls), drops the caller, their connections, members
 * blocked either way, suspended or dismissed members and pending invitations, and ranks the rest
 * by the sum of the sources' scores.
 */
@ApplicationScoped
@Transactional
public class SuggestionService {

    /** Sources are asked for more than the page shows, since the filter drops some. */
    private static final int OVERFETCH = 3;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PluginCalls calls;

    public List<PersonSuggestion> forCaller(int limit) {
        long me = caller.memberId();
        List<Suggestion> all = calls.<ConnectionSuggestionSource, Suggestion>collect(ConnectionSuggestionSource.class,
                source -> source.suggest(me, limit * OVERFETCH));
        Map<Long, Merged> merged = new LinkedHashMap<>();
        for (Suggestion s : all) {
            if (s != null && s.memberId() != me) {
                merged.computeIfAbsent(s.memberId(), id -> new Merged()).add(s);
            }
        }
        if (merged.isEmpty()) {
            return List.of();
        }
        String ids = RapportDatabase.arrayLiteral(merged.keySet());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + Rows.person(2) + " from member m left join profile p on p.member_id = m.id "
                        + "where m.id = any(cast(?1 as bigint[])) and m.id <> ?2 and not m.suspended "
                        + "and not exists (select 1 from connection_edge e where e.member_id = ?2 and e.other_id = m.id) "
                        + "and not exists (select 1 from member_block b where b.blocker_id = ?2 and b.blocked_id = m.id) "
                        + "and not exists (select 1 from member_block b where b.blocker_id = m.id and b.blocked_id = ?2) "
                        + "and not exists (select 1 from suggestion_dismissal d where d.member_id = ?2 and d.dismissed_id = m.id) "
                        + "and not exists (select 1 from invitation i where i.status = 'PENDING' "
                        + "  and least(i.sender_id, i.recipient_id) = least(?2, m.id) and greatest(i.sender_id, i.recipient_id) = greatest(?2, m.id))")
                .setParameter(1, ids).setParameter(2, me).getResultList();
        List<PersonSuggestion> result = new ArrayList<>();
        for (Object[] row : rows) {
            Person person = Rows.person(row, 0);
            Merged m = merged.get(person.id());
            result.add(new PersonSuggestion(person, m.score, List.copyOf(m.reasons)));
        }
        result.sort(Comparator.comparingDouble(PersonSuggestion::score).reversed()
                .thenComparing(s -> s.person().id()));
        return result.size() > limit ? result.subList(0, limit) : result;
    }

    private static final class Merged {
        double score;
        final List<String> reasons = new ArrayList<>();

        void add(Suggestion s) {
            score += Math.max(0, s.score());
            if (!s.reason().isBlank() && !reasons.contains(s.reason())) {
                reasons.add(s.reason());
            }
        }
    }
}
