package social.rapport.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;

/**
 * Finds people for the signed-in member. The rules live in one SQL statement
 * ({@code people-search.sql}, also timed by the benchmark): full text over accent-folded
 * documents plus trigram similarity on names, ranked; CONNECTIONS-only parts match only for
 * connections; blocked (either way) and suspended members never appear. At most
 * {@link #RANKED_AT_MOST} candidates are ranked, so that a broad query stays as fast as a precise one.
 */
@ApplicationScoped
@Transactional
public class PeopleSearch {

    public static final int PAGE_SIZE = 20;
    /** The limit written in people-search.sql. */
    public static final int RANKED_AT_MOST = 1000;
    static final String SQL = load("people-search.sql");

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    /** The page of results after {@code after} ({@link SearchCursor#START} for the first). Members only. */
    public SearchResults search(SearchQuery query, SearchCursor after) {
        long viewer = caller.memberId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, viewer)
                .setParameter(2, query.text())
                .setParameter(3, after.score())
                .setParameter(4, after.memberId())
                .setParameter(5, PAGE_SIZE + 1) // one more tells whether a next page exists
                .getResultList();
        List<PersonResult> people = new ArrayList<>();
        SearchCursor next = null;
        boolean capped = !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0)[6]);
        for (Object[] row : rows) {
            if (people.size() == PAGE_SIZE) {
                PersonResult last = people.get(PAGE_SIZE - 1);
                next = new SearchCursor(score(rows.get(PAGE_SIZE - 1)[5]), last.memberId());
                break;
            }
            people.add(new PersonResult(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4]));
        }
        return new SearchResults(people, next, capped);
    }

    private static BigDecimal score(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /** The statement without its comment lines (they mention the parameters, which JPA would count). */
    private static String load(String name) {
        try (InputStream in = PeopleSearch.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
