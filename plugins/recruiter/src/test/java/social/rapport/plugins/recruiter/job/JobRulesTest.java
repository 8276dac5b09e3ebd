package social.rapport.plugins.recruiter.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import social.rapport.spi.error.Refusal;

class JobRulesTest {

    private static JobDraft draft(Integer min, Integer max, String currency) {
        return new JobDraft(" Java developer ", "Milano", false, EmploymentType.FULL_TIME, "", "java", min, max, currency, PayPeriod.YEAR);
    }

    @Test
    void aPayRangeIsRequired() {
        assertThatThrownBy(() -> JobRules.check(draft(null, 50000, "EUR"))).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).messageKey()).isEqualTo("recruiter.job.error.payRequired"));
        assertThatThrownBy(() -> JobRules.check(draft(40000, null, "EUR"))).isInstanceOf(Refusal.class);
    }

    @Test
    void theMinimumMayNotExceedTheMaximum() {
        assertThatThrownBy(() -> JobRules.check(draft(60000, 50000, "EUR")))
                .satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("payMax"));
        assertThat(JobRules.check(draft(50000, 50000, "eur")).currency()).isEqualTo("EUR");
    }

    @Test
    void aCurrencyIsThreeLetters() {
        assertThatThrownBy(() -> JobRules.check(draft(1, 2, "euro")))
                .satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("currency"));
    }

    @Test
    void aLocationIsNeededUnlessRemote() {
        JobDraft noPlace = new JobDraft("Dev", " ", false, EmploymentType.CONTRACT, "", "", 1, 2, "EUR", PayPeriod.HOUR);
        assertThatThrownBy(() -> JobRules.check(noPlace)).satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("location"));
        JobDraft remote = new JobDraft("Dev", " ", true, EmploymentType.CONTRACT, "", "", 1, 2, "EUR", PayPeriod.HOUR);
        assertThat(JobRules.check(remote).title()).isEqualTo("Dev");
    }
}
