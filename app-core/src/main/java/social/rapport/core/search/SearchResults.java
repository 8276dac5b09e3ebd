package social.rapport.core.search;

import java.util.List;

/**
 * One page of people, best first.
 *
 * @param next the cursor of the following page, or null when this page is the last
 */
public record SearchResults(List<PersonResult> people, SearchCursor next) {
}
