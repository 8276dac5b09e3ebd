package social.rapport.core.feed;

import social.rapport.spi.feed.FeedItemKind;

/**
 * The admin's rule for one kind of plugin item on a page of {@value #PAGE} items.
 *
 * @param maxPerPage    at most this many per page (0 switches the kind off)
 * @param firstPosition the first position in a visit (1-based) where one may appear
 * @param minDistance   how many positions after the previous plugin item, at least
 */
public record FeedPolicy(FeedItemKind kind, int maxPerPage, int firstPosition, int minDistance) {

    /** Items on a page of the home feed. */
    public static final int PAGE = 10;

    /** The default when the table has no row for a kind. */
    public static FeedPolicy defaults(FeedItemKind kind) {
        return kind == FeedItemKind.SPONSORED ? new FeedPolicy(kind, 1, 4, 3) : new FeedPolicy(kind, 2, 2, 3);
    }
}
