package social.rapport.core.feed;

import social.rapport.spi.feed.FeedKind;
import social.rapport.spi.feed.PlacementPolicy;

/**
 * The admin's rule for one kind of plugin item on a page of {@value #PAGE} items.
 *
 * @param kind          a {@link FeedKind#id()}
 * @param maxPerPage    at most this many per page (0 switches the kind off)
 * @param firstPosition the first position in a visit (1-based) where one may appear
 * @param minDistance   how many positions after the previous plugin item, at least
 * @param paid          paid placement (labelled "Sponsored", never placed early)
 */
public record FeedPolicy(String kind, int maxPerPage, int firstPosition, int minDistance, boolean paid) {

    /** Items on a page of the home feed. */
    public static final int PAGE = 10;

    /** The plugin's declared default for its kind. */
    public static FeedPolicy defaults(FeedKind kind) {
        PlacementPolicy d = kind.defaults();
        return new FeedPolicy(kind.id(), d.maxPerPage(), d.firstPosition(), d.minDistance(), kind.paid());
    }
}
