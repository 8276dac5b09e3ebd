package social.rapport.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

    @Test
    void theWholeAccountPausesOnlyAtAHundredFailures() {
        assertThat(RULES.locksAccount(99)).isFalse();
        assertThat(RULES.locksAccount(100)).isTrue();
    }

    @Test
    void pausesInARowDoubleUpToADay() {
        assertThat(RULES.pause(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(RULES.pause(2)).isEqualTo(Duration.ofMinutes(30));
        assertThat(RULES.pause(3)).isEqualTo(Duration.ofMinutes(60));
        assertThat(RULES.pause(7)).isEqualTo(Duration.ofMinutes(960));
        assertThat(RULES.pause(8)).isEqualTo(Duration.ofHours(24));
        assertThat(RULES.pause(1000)).isEqualTo(Duration.ofHours(24));
    }
}
