package social.rapport.plugins.events.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.rapport.plugins.events.attendance.RsvpStatus.GOING;
import static social.rapport.plugins.events.attendance.RsvpStatus.MAYBE;
import static social.rapport.plugins.events.attendance.RsvpStatus.NOT_GOING;
import static social.rapport.plugins.events.attendance.RsvpStatus.WAITLISTED;

import org.junit.jupiter.api.Test;

class RsvpRulesTest {

    @Test
    void goingTakesASeatWhileSeatsAreFree() {
        assertThat(RsvpRules.outcome(2, 1, null, GOING)).isEqualTo(GOING);
        assertThat(RsvpRules.outcome(null, 10_000, null, GOING)).isEqualTo(GOING);
    }

    @Test
    void aFullEventPutsNewcomersOnTheWaitlist() {
        assertThat(RsvpRules.outcome(2, 2, null, GOING)).isEqualTo(WAITLISTED);
        assertThat(RsvpRules.outcome(2, 2, MAYBE, GOING)).isEqualTo(WAITLISTED);
        assertThat(RsvpRules.outcome(2, 2, WAITLISTED, GOING)).isEqualTo(WAITLISTED);
    }

    @Test
    void aMemberGoingKeepsTheirSeatEvenWhenTheCapacityShrank() {
        assertThat(RsvpRules.outcome(1, 3, GOING, GOING)).isEqualTo(GOING);
    }

    @Test
    void maybeAndNotGoingNeverTakeASeat() {
        assertThat(RsvpRules.outcome(1, 1, null, MAYBE)).isEqualTo(MAYBE);
        assertThat(RsvpRules.outcome(1, 1, GOING, NOT_GOING)).isEqualTo(NOT_GOING);
        assertThatThrownBy(() -> RsvpRules.outcome(1, 0, null, WAITLISTED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAMemberWhoWasGoingFreesASeat() {
        assertThat(RsvpRules.freesSeat(GOING, NOT_GOING)).isTrue();
        assertThat(RsvpRules.freesSeat(GOING, MAYBE)).isTrue();
        assertThat(RsvpRules.freesSeat(WAITLISTED, NOT_GOING)).isFalse();
        assertThat(RsvpRules.freesSeat(GOING, GOING)).isFalse();
        assertThat(RsvpRules.freesSeat(null, NOT_GOING)).isFalse();
    }

    @Test
    void promotionsFillTheFreeSeatsAndNoMore() {
        assertThat(RsvpRules.promotions(3, 2, 5)).isEqualTo(1);
        assertThat(RsvpRules.promotions(10, 2, 5)).isEqualTo(5);
        assertThat(RsvpRules.promotions(2, 3, 5)).isZero();
        assertThat(RsvpRules.promotions(null, 3, 4)).isEqualTo(4);
        assertThat(RsvpRules.promotions(3, 2, 0)).isZero();
    }
}
