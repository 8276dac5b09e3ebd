package social.rapport.core.search;

import java.util.List;

/**
 * One page of people, best first.
 *
 * @param next the cursor of the following page, or null when this page is the last
 * @param capped whether the query matched more people than are ranked
 *               ({@link PeopleSearch#RANKED_AT_MOST}); the member should narrow it down
 */
public record SearchResults(List<PersonResult> people, SearchCursor next, boolean capped) {
}
