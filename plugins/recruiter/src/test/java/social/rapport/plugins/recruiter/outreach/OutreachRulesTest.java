package social.rapport.plugins.recruiter.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import social.rapport.spi.error.Refusal;

class OutreachRulesTest {

    @Test
    void creditsAreTheWeeklyNumberMinusTheLoopsStillOpenThisWeek() {
        assertThat(OutreachRules.standing(30, 0, 0, 0, 0).creditsLeft()).isEqualTo(30);
        assertThat(OutreachRules.standing(30, 29, 29, 0, 29).creditsLeft()).isEqualTo(1);
        assertThat(OutreachRules.standing(2, 5, 5, 0, 5).creditsLeft()).isZero();
        assertThat(OutreachRules.standing(2, 2, 2, 0, 2).maySend()).isFalse();
    }

    @Test
    void underThirteenPercentOverAtLeastTenMessagesLimitsToOnePending() {
        assertThat(OutreachRules.standing(30, 0, 9, 0, 0).limited()).as("too few to judge").isFalse();
        Standing low = OutreachRules.standing(30, 0, 10, 1, 0);
        assertThat(low.limited()).isTrue();
        assertThat(low.maySend()).isTrue();
        assertThat(OutreachRules.standing(30, 0, 10, 1, 1).maySend()).isFalse();
        assertThat(OutreachRules.standing(30, 0, 100, 13, 5).limited()).as("13% is enough").isFalse();
        assertThat(OutreachRules.standing(30, 0, 100, 12, 5).limited()).isTrue();
        assertThat(low.answeredPercent()).isEqualTo(10);
        assertThat(OutreachRules.standing(30, 0, 0, 0, 0).answeredPercent()).isEqualTo(-1);
    }

    @Test
    void aRecruiterIsWarnedBeforeTheLimitNeverInsideItAndNotWhenAnswersComeBack() {
        assertThat(OutreachRules.standing(30, 0, 8, 0, 8).warned()).as("the next makes 9: too few to judge").isFalse();
        assertThat(OutreachRules.standing(30, 0, 9, 1, 8).warned()).as("one unanswered message from 1 of 10").isTrue();
        assertThat(OutreachRules.standing(30, 0, 9, 0, 9).limited()).isFalse();
        assertThat(OutreachRules.standing(30, 0, 10, 1, 9).warned()).as("limited already: the limit is shown instead").isFalse();
        assertThat(OutreachRules.standing(30, 0, 20, 4, 0).warned()).as("4 of 21 is 19%").isTrue();
        assertThat(OutreachRules.standing(30, 0, 20, 5, 0).warned()).as("5 of 21 is 24%").isFalse();
        assertThat(OutreachRules.standing(30, 0, 100, 19, 0).warned()).as("the window stays at 100").isTrue();
        assertThat(OutreachRules.standing(30, 0, 100, 20, 0).warned()).isFalse();
    }

    @Test
    void theWordsAreRequiredAndTheFinalAnswerToo() {
        assertThatThrownBy(() -> OutreachRules.text("  ")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> OutreachRules.text("x".repeat(2001))).isInstanceOf(Refusal.class);
        assertThat(OutreachRules.note(" ", false)).isNull();
        assertThatThrownBy(() -> OutreachRules.note(" ", true)).isInstanceOf(Refusal.class);
        assertThat(OutreachRules.note(" Filled ", true)).isEqualTo("Filled");
    }
}
