package social.rapport.plugins.events.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpWindowTest {

    private final Instant end = Instant.parse("2026-12-01T20:00:00Z");

    @Test
    void opensWhenTheEventEnds() {
        assertThat(FollowUpWindow.open(end, end.minusSeconds(1))).isFalse();
        assertThat(FollowUpWindow.open(end, end)).isTrue();
    }

    @Test
    void closesFourteenDaysAfterTheEnd() {
        assertThat(FollowUpWindow.open(end, end.plus(Duration.ofDays(14)).minusSeconds(1))).isTrue();
        assertThat(FollowUpWindow.open(end, end.plus(Duration.ofDays(14)))).isFalse();
        assertThat(FollowUpWindow.closes(end)).isEqualTo(Instant.parse("2026-12-15T20:00:00Z"));
    }
}
