package social.rapport.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import social.rapport.core.platform.Refusal;
import social.rapport.core.search.PeopleSearch;
import social.rapport.core.search.PersonResult;
import social.rapport.core.search.SearchCursor;
import social.rapport.core.search.SearchQuery;
import social.rapport.core.search.SearchResults;
import social.rapport.web.platform.Messages;

/**
 * {@code /search?q=...&after=...}: one page of people. Stateless GET (no view state), so a
 * page of results is a link that can be shared, reloaded or served by any instance; "more
 * results" links to the same query after this page's cursor.
 */
@Named
@RequestScoped
public class SearchPeople {

    @Inject
    PeopleSearch search;

    private String q;
    private String after;
    private SearchResults results;
    private String problem;

    public void load() {
        if (q == null) {
            return; // the empty search page, nothing asked yet
        }
        try {
            results = search.search(SearchQuery.of(q), SearchCursor.parse(after).orElse(SearchCursor.START));
        } catch (Refusal refusal) {
            problem = Messages.text(refusal.messageKey(), SearchQuery.MIN_LENGTH, SearchQuery.MAX_LENGTH);
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    /** Why nothing was searched (empty, too short or too long a query), or null. */
    public String getProblem() {
        return problem;
    }

    public boolean isSearched() {
        return results != null;
    }

    public List<PersonResult> getPeople() {
        return results == null ? List.of() : results.people();
    }

    /** Whether the query matched more people than are ranked: the page suggests narrowing it. */
    public boolean isCapped() {
        return results != null && results.capped();
    }

    public boolean isContinued() {
        return after != null && results != null;
    }

    /** The query as it goes into the "more results" link. */
    public String getEncodedQ() {
        return q == null ? "" : URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** The token of the next page's cursor, or null on the last page. */
    public String getNext() {
        return results == null || results.next() == null ? null : results.next().token();
    }
}
