package social.rapport.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedRankingTest {

    record Item(String author, long score) {
    }

    @Test
    void connectionsRankAboveFollowsAndRecentInteractionAddsMore() {
        assertThat(FeedRanking.boostSeconds(Relation.CONNECTION, false)).isEqualTo(12 * 3600);
        assertThat(FeedRanking.boostSeconds(Relation.FOLLOW, false)).isZero();
        assertThat(FeedRanking.boostSeconds(Relation.FOLLOW, true)).isEqualTo(6 * 3600);
        assertThat(FeedRanking.boostSeconds(Relation.CONNECTION, true)).isEqualTo(18 * 3600);
        assertThat(FeedRanking.boostSeconds(Relation.SELF, true)).isEqualTo(6 * 3600);
        assertThat(FeedRanking.MAX_BOOST.toSeconds()).isEqualTo(18 * 3600);
    }

    @Test
    void aConnectionsPostOfElevenHoursAgoOutranksAFollowsPostOfNow() {
        long now = 1_700_000_000_000_000L;
        long connection = FeedRanking.rankMicros(now - 11 * 3600 * 1_000_000L, FeedRanking.boostSeconds(Relation.CONNECTION, false));
        long follow = FeedRanking.rankMicros(now, FeedRanking.boostSeconds(Relation.FOLLOW, false));
        assertThat(connection).isGreaterThan(follow);
    }

    @Test
    void engagementBonusGrowsLogarithmicallyAndIsBounded() {
        assertThat(FeedRanking.engagementBonusMicros(0, 0, 0)).isZero();
        long some = FeedRanking.engagementBonusMicros(3, 0, 0);
        long more = FeedRanking.engagementBonusMicros(3, 2, 0);
        assertThat(more).isGreaterThan(some).isPositive();
        assertThat(FeedRanking.engagementBonusMicros(1_000_000, 1_000_000, 1_000_000)).isEqualTo(2 * 3600 * 1_000_000L);
    }

    @Test
    void neverTwoBySameAuthorInARowWhereAvoidable() {
        List<Item> arranged = FeedRanking.arrange(List.of(new Item("a", 9), new Item("a", 8), new Item("a", 7), new Item("b", 6),
                new Item("c", 5)), Item::score, Item::author);
        assertThat(arranged).extracting(Item::author).containsExactly("a", "b", "a", "c", "a");
    }

    @Test
    void sameAuthorRunsRemainWhenUnavoidable() {
        assertThat(FeedRanking.spread(List.of(new Item("a", 3), new Item("a", 2)), Item::author)).extracting(Item::score)
                .containsExactly(3L, 2L);
    }

    @Test
    void cursorsRoundTripAndRejectForgeries() {
        FeedCursor first = FeedCursor.first(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(first.rankMicros()).isGreaterThan(1_700_000_000_000_000L + FeedRanking.MAX_BOOST.toSeconds() * 1_000_000L);
        FeedCursor cursor = new FeedCursor(1_700_000_000_000L, 123L, 45L, 2, 20, 14);
        assertThat(FeedCursor.parse(cursor.token())).contains(cursor);
        assertThat(FeedCursor.parse("1.2.3")).isEmpty();
        assertThat(FeedCursor.parse("x.2.3.4.5.6")).isEmpty();
        assertThat(FeedCursor.parse("1.2.3.4.5.9")).isEmpty();
        assertThat(FeedCursor.parse(null)).isEmpty();
    }
}
