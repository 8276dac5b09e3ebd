package social.rapport.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.core.conversation.ReplyStats.FirstContact;

class ReplyStatsTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static FirstContact answered(Duration after) {
        return new FirstContact(T, T.plus(after));
    }

    private static FirstContact unanswered() {
        return new FirstContact(T, null);
    }

    @Test
    void nothingReceivedHasNoRateAndNoTime() {
        ReplyStats stats = ReplyStats.of(List.of());
        assertThat(stats.received()).isZero();
        assertThat(stats.ratePercent()).isEmpty();
        assertThat(stats.medianReply()).isEmpty();
    }

    @Test
    void rateIsAnsweredOverReceivedRoundedHalfUp() {
        ReplyStats stats = ReplyStats.of(List.of(answered(Duration.ofHours(1)), answered(Duration.ofHours(2)), unanswered()));
        assertThat(stats.received()).isEqualTo(3);
        assertThat(stats.replied()).isEqualTo(2);
        assertThat(stats.ratePercent()).contains(67); // 66.67
        ReplyStats eighth = ReplyStats.of(List.of(answered(Duration.ofMinutes(1)), unanswered(), unanswered(), unanswered(),
                unanswered(), unanswered(), unanswered(), unanswered()));
        assertThat(eighth.ratePercent()).contains(13); // 12.5 rounds up
    }

    @Test
    void medianOfAnOddCountIsTheMiddleOne() {
        ReplyStats stats = ReplyStats.of(List.of(answered(Duration.ofHours(30)), answered(Duration.ofMinutes(5)),
                answered(Duration.ofHours(2)), unanswered()));
        assertThat(stats.medianReply()).contains(Duration.ofHours(2));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleOnes() {
        ReplyStats stats = ReplyStats.of(List.of(answered(Duration.ofHours(1)), answered(Duration.ofHours(3)),
                answered(Duration.ofHours(10)), answered(Duration.ofMinutes(10))));
        assertThat(stats.medianReply()).contains(Duration.ofHours(2));
    }

    @Test
    void noneAnsweredIsZeroPercentWithoutTime() {
        ReplyStats stats = ReplyStats.of(List.of(unanswered(), unanswered()));
        assertThat(stats.ratePercent()).contains(0);
        assertThat(stats.medianReply()).isEmpty();
    }

    @Test
    void cursorRoundTripsToTheMicrosecond() {
        ListCursor cursor = new ListCursor(OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 123_456_000, ZoneOffset.UTC), 42);
        assertThat(ListCursor.parse(cursor.format())).contains(cursor);
        assertThat(ListCursor.parse("x_1")).isEmpty();
        assertThat(ListCursor.parse(null)).isEmpty();
    }
}
