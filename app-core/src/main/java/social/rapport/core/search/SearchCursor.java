package social.rapport.core.search;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a page of results ended: the last result's score and member id. The next page holds
 * the results ranked after it, {@code (score, id) < (cursor.score, cursor.id)} (keyset, never OFFSET).
 * Scores are rounded to six decimals in SQL, so they round-trip through the URL exactly.
 */
public record SearchCursor(BigDecimal score, long memberId) {

    /** Before every result (scores are far below this). */
    public static final SearchCursor START = new SearchCursor(new BigDecimal("1000000"), Long.MAX_VALUE);

    /** The cursor as it travels in the page's URL, e.g. {@code 2.000000_1234}. */
    public String token() {
        return score.toPlainString() + "_" + memberId;
    }

    /** The cursor of a token; empty for anything that is not one (the first page is shown then). */
    public static Optional<SearchCursor> parse(String token) {
        if (token == null || token.length() > 60) {
            return Optional.empty();
        }
        int separator = token.lastIndexOf('_');
        try {
            return Optional.of(new SearchCursor(new BigDecimal(token.substring(0, separator)),
                    Long.parseLong(token.substring(separator + 1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
