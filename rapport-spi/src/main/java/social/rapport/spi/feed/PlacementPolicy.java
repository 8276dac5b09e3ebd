package social.rapport.spi.feed;

/**
 * How items of one {@link FeedKind} may be placed on a page of ten feed items.
 *
 * @param maxPerPage    at most this many per page (0 switches the kind off), 0..10
 * @param firstPosition the first position in a visit (1-based) where one may appear, 1..10
 * @param minDistance   how many positions after the previous plugin item, at least, 1..10
 */
public record PlacementPolicy(int maxPerPage, int firstPosition, int minDistance) {

    public PlacementPolicy {
        if (maxPerPage < 0 || maxPerPage > 10 || firstPosition < 1 || firstPosition > 10 || minDistance < 1 || minDistance > 10) {
            throw new IllegalArgumentException("placement policy out of bounds");
        }
    }
}
