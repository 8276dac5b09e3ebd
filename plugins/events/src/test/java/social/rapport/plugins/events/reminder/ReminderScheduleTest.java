package social.rapport.plugins.events.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static Instant at(String local, String zone) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void theDayBeforeReminderIsDueFrom24HoursUntilTheHourBefore() {
        Instant start = at("2026-12-01T18:00", "Europe/Rome");
        assertThat(ReminderSchedule.due(start, start.minus(Duration.ofHours(25)))).isEmpty();
        assertThat(ReminderSchedule.due(start, start.minus(Duration.ofHours(24)))).contains(ReminderSchedule.DAY_BEFORE);
        assertThat(ReminderSchedule.due(start, start.minus(Duration.ofMinutes(61)))).contains(ReminderSchedule.DAY_BEFORE);
        assertThat(ReminderSchedule.due(start, start.minus(Duration.ofHours(1)))).contains(ReminderSchedule.HOUR_BEFORE);
        assertThat(ReminderSchedule.due(start, start.minus(Duration.ofMinutes(1)))).contains(ReminderSchedule.HOUR_BEFORE);
        assertThat(ReminderSchedule.due(start, start)).isEmpty();
    }

    @Test
    void remindersFollowTheStartInstantWhateverTheTimeZone() {
        // 18:00 in Rome is 17:00 UTC in winter and 12:00 in New York: the same instant, the same reminders
        Instant rome = at("2026-12-01T18:00", "Europe/Rome");
        Instant newYork = at("2026-12-01T12:00", "America/New_York");
        assertThat(rome).isEqualTo(newYork);
        assertThat(ReminderSchedule.DAY_BEFORE.dueAt(rome)).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(ReminderSchedule.HOUR_BEFORE.dueAt(newYork)).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        // Tokyo has no daylight saving; 09:00 there is midnight UTC
        assertThat(ReminderSchedule.HOUR_BEFORE.dueAt(at("2026-07-01T09:00", "Asia/Tokyo")))
                .isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    }

    @Test
    void acrossADaylightSavingChangeTheReminderComesTwentyFourRealHoursBefore() {
        // Rome moves clocks forward on 29 March 2026 at 02:00: 10:00 on the 29th is 24 real hours after 09:00 on the 28th
        Instant start = at("2026-03-29T10:00", "Europe/Rome");
        assertThat(ReminderSchedule.DAY_BEFORE.dueAt(start)).isEqualTo(at("2026-03-28T09:00", "Europe/Rome"));
        // and in the autumn (25 October 2026, back at 03:00) it is 11:00 the day before
        Instant autumn = at("2026-10-25T10:00", "Europe/Rome");
        assertThat(ReminderSchedule.DAY_BEFORE.dueAt(autumn)).isEqualTo(at("2026-10-24T11:00", "Europe/Rome"));
    }
}
