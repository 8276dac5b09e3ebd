package social.rapport.core.keepintouch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void dueOnceTheLastInteractionIsOlderThanTheCadence() {
        assertThat(Cadence.MONTHLY.due(NOW.minusDays(32), NOW)).isTrue();
        assertThat(Cadence.MONTHLY.due(NOW.minusDays(20), NOW)).isFalse();
        assertThat(Cadence.QUARTERLY.due(NOW.minusMonths(2), NOW)).isFalse();
        assertThat(Cadence.QUARTERLY.due(NOW.minusMonths(3).minusDays(1), NOW)).isTrue();
        assertThat(Cadence.YEARLY.due(NOW.minusMonths(11), NOW)).isFalse();
        assertThat(Cadence.NONE.due(NOW.minusYears(5), NOW)).isFalse();
    }
}
