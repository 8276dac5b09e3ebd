package social.rapport.core.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.spi.feed.FeedCandidate;

/**
 * Places plugin candidates among the posts of one page under the admin's policy. Position by
 * position: the best-scored candidate the policy allows there (its kind under its cap on this
 * page, at or after its first position in the visit, far enough from the previous plugin item)
 * takes it; otherwise the next post does. Whatever the plugins offer, a page never holds more
 * plugin items than the policy allows, and posts keep their order.
 */
public final class FeedComposer {

    private FeedComposer() {
    }

    /** One position on the page: a post slot (filled with the page's posts in order) or a candidate. */
    public record Slot(FeedCandidate candidate, String pluginId) {
        public boolean post() {
            return candidate == null;
        }
    }

    /** A candidate and the plugin that offered it. */
    public record Offer(String pluginId, FeedCandidate candidate) {
    }

    /** The page's layout and where the visit stands after it. */
    public record Layout(List<Slot> slots, int postSlots, int lastPluginAt) {
    }

    /**
     * @param postsAvailable how many posts the page could show (at most {@code pageSize})
     * @param itemsBefore    items shown on earlier pages of the visit
     * @param lastPluginAt   position in the visit of the last plugin item, 0 for none
     */
    public static Layout compose(int postsAvailable, List<Offer> offers, Map<String, FeedPolicy> policies,
                                 int pageSize, int itemsBefore, int lastPluginAt) {
        List<Offer> remaining = new ArrayList<>(offers);
        remaining.sort(Comparator.comparingDouble((Offer o) -> o.candidate().score()).reversed());
        Map<String, Integer> placed = new HashMap<>();
        List<Slot> slots = new ArrayList<>(pageSize);
        int posts = 0;
        int last = lastPluginAt;
        for (int p = 1; p <= pageSize; p++) {
            int position = itemsBefore + p;
            Offer chosen = null;
            for (Offer offer : remaining) {
                FeedPolicy policy = policies.get(offer.candidate().kind());
                if (policy != null && allowed(policy, placed.getOrDefault(policy.kind(), 0), position, last, posts >= postsAvailable)) {
                    chosen = offer;
                    break;
                }
            }
            if (chosen != null) {
                remaining.remove(chosen);
                placed.merge(chosen.candidate().kind(), 1, Integer::sum);
                slots.add(new Slot(chosen.candidate(), chosen.pluginId()));
                last = position;
            } else if (posts < postsAvailable) {
                slots.add(new Slot(null, null));
                posts++;
            } else {
                break;
            }
        }
        return new Layout(slots, posts, last);
    }

    /**
     * Whether an item of the policy's kind may take this position. Once the feed has run out of
     * posts (a new member's, or the end of the feed), an item may follow the last post even before
     * its first position: an event of a connection is better than an empty feed. Sponsored items
     * never: they are not worth showing on their own.
     */
    static boolean allowed(FeedPolicy policy, int placedOnPage, int position, int lastPluginAt, boolean postsExhausted) {
        boolean early = postsExhausted && !policy.paid();
        return placedOnPage < policy.maxPerPage()
                && (position >= policy.firstPosition() || early)
                && (lastPluginAt == 0 || position - lastPluginAt >= policy.minDistance());
    }
}
