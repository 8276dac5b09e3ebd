package social.rapport.plugins.recruiter.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.spi.error.Refusal;

class PipelineRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void closingNeedsAReasonAndFinalStagesStay() {
        assertThatThrownBy(() -> PipelineRules.checkMove(Stage.SCREENING, Stage.CLOSED, null)).isInstanceOf(Refusal.class);
        assertThatCode(() -> PipelineRules.checkMove(Stage.SCREENING, Stage.CLOSED, CloseReason.NOT_A_FIT)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PipelineRules.checkMove(Stage.HIRED, Stage.OFFER, null)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> PipelineRules.checkMove(Stage.APPLIED, Stage.WITHDRAWN, null)).isInstanceOf(Refusal.class);
    }

    @Test
    void theDeadlineAndTheReminder() {
        Instant due = PipelineRules.answerDue(T0, 21);
        assertThat(due).isEqualTo(T0.plus(Duration.ofDays(21)));
        assertThat(PipelineRules.remindAt(due)).isEqualTo(T0.plus(Duration.ofDays(14)));
    }

    @Test
    void responsivenessIsHiddenUnderTenApplications() {
        List<Responsiveness.Sample> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(new Responsiveness.Sample(T0, T0.plus(Duration.ofDays(1))));
        }
        assertThat(Responsiveness.of(nine, Duration.ofDays(21))).isEmpty();
    }

    @Test
    void responsivenessEqualsAHandCount() {
        List<Responsiveness.Sample> s = new ArrayList<>();
        int[] days = {1, 2, 3, 4, 5, 6, 30};           // 6 in time, one late
        for (int d : days) {
            s.add(new Responsiveness.Sample(T0, T0.plus(Duration.ofDays(d))));
        }
        for (int i = 0; i < 3; i++) {                   // 3 never answered
            s.add(new Responsiveness.Sample(T0, null));
        }
        Responsiveness r = Responsiveness.of(s, Duration.ofDays(21)).orElseThrow();
        assertThat(r.applications()).isEqualTo(10);
        assertThat(r.answeredShare()).isEqualTo(60);
        assertThat(r.medianDays()).isEqualTo(4.0);
    }
}
