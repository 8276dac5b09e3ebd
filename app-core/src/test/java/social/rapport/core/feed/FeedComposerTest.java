package social.rapport.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedKind;
import social.rapport.spi.feed.PlacementPolicy;

class FeedComposerTest {

    /** Kinds as plugins would declare them: a paid one (1 per page from position 4) and an unpaid one. */
    private static final String SPONSORED = "probe.sponsored";
    private static final String EVENT = "probe.event";

    private static Map<String, FeedPolicy> defaults() {
        Map<String, FeedPolicy> policies = new HashMap<>();
        policies.put(SPONSORED, FeedPolicy.defaults(new FeedKind(SPONSORED, "Sponsored", new PlacementPolicy(1, 4, 3), true)));
        policies.put(EVENT, FeedPolicy.defaults(new FeedKind(EVENT, "Events", new PlacementPolicy(2, 2, 3), false)));
        return policies;
    }

    private static List<FeedComposer.Offer> offers(String kind, int n, double score) {
        List<FeedComposer.Offer> offers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            offers.add(new FeedComposer.Offer("probe", new FeedCandidate(kind + "-" + i, kind, score, "why", "/p/probe/x.xhtml", Map.of(), null)));
        }
        return offers;
    }

    private static List<Integer> positions(FeedComposer.Layout layout, String kind) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < layout.slots().size(); i++) {
            FeedComposer.Slot slot = layout.slots().get(i);
            if (!slot.post() && slot.candidate().kind().equals(kind)) {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    @Test
    void defaultsKeepSponsoredToOnePerPageAfterThePositionThreeAndPluginItemsApart() {
        List<FeedComposer.Offer> offers = new ArrayList<>(offers(SPONSORED, 5, 0.9));
        offers.addAll(offers(EVENT, 5, 0.5));
        FeedComposer.Layout layout = FeedComposer.compose(10, offers, defaults(), 10, 0, 0);
        assertThat(layout.slots()).hasSize(10);
        assertThat(positions(layout, SPONSORED)).hasSize(1).allMatch(p -> p >= 4);
        assertThat(positions(layout, EVENT)).hasSizeLessThanOrEqualTo(2);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < layout.slots().size(); i++) {
            if (!layout.slots().get(i).post()) {
                all.add(i + 1);
            }
        }
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i) - all.get(i - 1)).isGreaterThanOrEqualTo(3);
        }
        assertThat(layout.postSlots()).isEqualTo(10 - all.size());
    }

    @Test
    void distanceCarriesOverFromThePreviousPage() {
        FeedComposer.Layout layout = FeedComposer.compose(10, offers(EVENT, 2, 1), defaults(), 10, 10, 9);
        assertThat(positions(layout, EVENT).get(0)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aKindSwitchedOffNeverAppearsAndPostsFillThePage() {
        Map<String, FeedPolicy> policies = defaults();
        policies.put(SPONSORED, new FeedPolicy(SPONSORED, 0, 4, 3, true));
        FeedComposer.Layout layout = FeedComposer.compose(10, offers(SPONSORED, 3, 1), policies, 10, 0, 0);
        assertThat(layout.postSlots()).isEqualTo(10);
    }

    @Test
    void theFeedEndsWhenPostsRunOut() {
        FeedComposer.Layout layout = FeedComposer.compose(2, offers(EVENT, 5, 1), defaults(), 10, 0, 0);
        assertThat(layout.postSlots()).isEqualTo(2);
        assertThat(layout.slots().size()).isLessThanOrEqualTo(4);
    }

    @Test
    void fragmentsMustLieUnderThePluginsOwnFolder() {
        assertThat(FeedService.fragmentAllowed("probe", "/p/probe/item.xhtml")).isTrue();
        assertThat(FeedService.fragmentAllowed("probe", "/p/other/item.xhtml")).isFalse();
        assertThat(FeedService.fragmentAllowed("probe", "/p/probe/../../WEB-INF/x.xhtml")).isFalse();
        assertThat(FeedService.fragmentAllowed("probe", "/WEB-INF/includes/x.xhtml")).isFalse();
    }

    @Test
    void aFeedWithoutPostsStillShowsAnEventButNeverOnlyAnAdvertisement() {
        List<FeedComposer.Offer> offers = new ArrayList<>(offers(SPONSORED, 1, 0.9));
        offers.addAll(offers(EVENT, 1, 0.5));
        FeedComposer.Layout empty = FeedComposer.compose(0, offers, defaults(), 10, 0, 0);
        assertThat(positions(empty, EVENT)).containsExactly(1);
        assertThat(positions(empty, SPONSORED)).isEmpty();

        FeedComposer.Layout onePost = FeedComposer.compose(1, offers, defaults(), 10, 0, 0);
        assertThat(onePost.slots().get(0).post()).isTrue();
        assertThat(positions(onePost, EVENT)).containsExactly(2);
        assertThat(positions(onePost, SPONSORED)).isEmpty();
    }
}
