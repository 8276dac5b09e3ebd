package social.rapport.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleRulesTest {

    static final ThrottleRules RULES = ThrottleRules.DEFAULT;
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void tenFailuresLockNineDoNot() {
        assertThat(RULES.locks(9)).isFalse();
        assertThat(RULES.locks(10)).isTrue();
    }

    @Test
    void failuresCountOverTheLastFifteenMinutes() {
        assertThat(RULES.countFailuresSince(NOW, null, null)).isEqualTo(NOW.minusMinutes(15));
    }

    @Test
    void aSuccessStartsTheCountAfresh() {
        OffsetDateTime success = NOW.minusMinutes(3);
        assertThat(RULES.countFailuresSince(NOW, success, null)).isEqualTo(success);
        assertThat(RULES.countFailuresSince(NOW, NOW.minusHours(2), null)).isEqualTo(NOW.minusMinutes(15));
    }

    @Test
    void anExpiredLockDoesNotCountTheFailuresThatCausedIt() {
        OffsetDateTime lockEnded = NOW.minusMinutes(1);
        assertThat(RULES.countFailuresSince(NOW, null, lockEnded)).isEqualTo(lockEnded);
    }

    @Test
    void anAddressMayTryThirtyTimesAMinute() {
        assertThat(RULES.addressExceeded(29)).isFalse();
        assertThat(RULES.addressExceeded(30)).isTrue();
    }
}
