package social.rapport.plugins.sponsored.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacingRulesTest {

    @Test
    void theDailyBudgetIsSpreadOverTheDayWithAnHoursHeadStart() {
        assertThat(PacingRules.allowanceMilli(2400, 0)).isEqualTo(100_000);          // 1/24 at midnight
        assertThat(PacingRules.allowanceMilli(2400, 11 * 3600)).isEqualTo(1_200_000); // half by 11:00
        assertThat(PacingRules.allowanceMilli(2400, 23 * 3600 + 1)).isEqualTo(2_400_000);
        assertThat(PacingRules.allowanceMilli(2400, 86_399)).isEqualTo(2_400_000);  // never above the daily budget
    }
}
