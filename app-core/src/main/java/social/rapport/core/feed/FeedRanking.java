package social.rapport.core.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The ranking arithmetic. A post's rank key is its creation time shifted forward by a boost that
 * depends only on the viewer's relation to its author, frozen for a visit: connections over
 * follows, and a recent interaction of the viewer towards the author on top. Because the shift
 * is constant per author, every author's posts stay in index order, so a page is a merge of
 * per-author index range scans below a cursor and costs the same on page 50 as on page 1.
 * Engagement, which changes while the member reads, only reorders items within a page.
 */
public final class FeedRanking {

    public static final Duration SELF_BOOST = Duration.ofHours(6);
    public static final Duration CONNECTION_BOOST = Duration.ofHours(12);
    public static final Duration FOLLOW_BOOST = Duration.ZERO;
    /** Added when the viewer commented, reacted, mentioned or messaged the author recently. */
    public static final Duration INTERACTION_BOOST = Duration.ofHours(6);
    /** How far back an interaction counts. */
    public static final Duration INTERACTION_WINDOW = Duration.ofDays(30);
    /** The largest shift any author gets: the first page starts this far after the snapshot. */
    public static final Duration MAX_BOOST = CONNECTION_BOOST.plus(INTERACTION_BOOST);
    /** The most engagement can move an item within its page. */
    public static final Duration MAX_ENGAGEMENT_BONUS = Duration.ofHours(2);
    static final Duration ENGAGEMENT_STEP = Duration.ofMinutes(20);

    private FeedRanking() {
    }

    /** The boost in seconds for an author, given the relation and whether the viewer interacted recently. */
    public static long boostSeconds(Relation relation, boolean recentInteraction) {
        Duration base = switch (relation) {
            case SELF -> SELF_BOOST;
            case CONNECTION -> CONNECTION_BOOST;
            case FOLLOW -> FOLLOW_BOOST;
        };
        return (recentInteraction && relation != Relation.SELF ? base.plus(INTERACTION_BOOST) : base).toSeconds();
    }

    /** The rank key in microseconds since the epoch. */
    public static long rankMicros(long createdMicros, long boostSeconds) {
        return createdMicros + boostSeconds * 1_000_000L;
    }

    /** A bounded, logarithmic bonus for reactions, comments and reshares, in microseconds. */
    public static long engagementBonusMicros(int reactions, int comments, int reshares) {
        double weight = Math.max(0, reactions) + 2.0 * Math.max(0, comments) + 3.0 * Math.max(0, reshares);
        long bonus = (long) (Math.log1p(weight) * ENGAGEMENT_STEP.toNanos() / 1000);
        return Math.min(bonus, MAX_ENGAGEMENT_BONUS.toNanos() / 1000);
    }

    /**
     * Orders a page's items by their rank plus engagement bonus, then keeps two items by the same
     * author apart where another item can go between (greedy: the best item whose author differs
     * from the previous one's).
     */
    public static <T> List<T> arrange(List<T> items, ToLongFunction<T> score, java.util.function.Function<T, Object> author) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(score).reversed());
        return spread(sorted, author);
    }

    /** Keeps the order but never puts two items by the same author next to each other where avoidable. */
    public static <T> List<T> spread(List<T> ordered, java.util.function.Function<T, Object> author) {
        LinkedList<T> remaining = new LinkedList<>(ordered);
        List<T> result = new ArrayList<>(ordered.size());
        Object previous = null;
        while (!remaining.isEmpty()) {
            T next = null;
            for (T candidate : remaining) {
                if (previous == null || !Objects.equals(author.apply(candidate), previous)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                next = remaining.getFirst();
            }
            remaining.remove(next);
            result.add(next);
            previous = author.apply(next);
        }
        return result;
    }
}
