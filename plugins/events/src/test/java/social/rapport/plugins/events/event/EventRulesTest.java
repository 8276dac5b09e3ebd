package social.rapport.plugins.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EventRulesTest {

    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    private EventDraft draft(String title, String start, String end, String zone, String url, String venue, Integer capacity) {
        return new EventDraft(title, "", start == null ? null : LocalDateTime.parse(start), end == null ? null : LocalDateTime.parse(end),
                zone, url, venue, null, capacity, Visibility.PUBLIC);
    }

    private static String field(Runnable check) {
        try {
            check.run();
            return null;
        } catch (EventRefusal refusal) {
            return refusal.field() + ":" + refusal.messageKey();
        }
    }

    @Test
    void wallClockTimesAreReadInTheEventsTimeZone() {
        EventRules.Checked checked = EventRules.check(draft(" JavaDay ", "2026-12-01T18:00", "2026-12-01T20:00", "Europe/Rome",
                null, "Talent Garden", 50), now, true);
        assertThat(checked.title()).isEqualTo("JavaDay");
        assertThat(checked.start().toInstant()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(checked.capacity()).isEqualTo(50);
    }

    @Test
    void refusesWhatMakesNoEvent() {
        assertThat(field(() -> EventRules.check(draft(" ", "2026-12-01T18:00", "2026-12-01T20:00", "UTC", null, "x", null), now, true)))
                .isEqualTo("title:events.error.titleRequired");
        assertThat(field(() -> EventRules.check(draft("a", "2026-11-01T18:00", "2026-11-01T20:00", "UTC", null, "x", null), now, true)))
                .isEqualTo("start:events.error.startInPast");
        assertThat(field(() -> EventRules.check(draft("a", "2026-12-01T18:00", "2026-12-01T17:00", "UTC", null, "x", null), now, true)))
                .isEqualTo("end:events.error.endBeforeStart");
        assertThat(field(() -> EventRules.check(draft("a", "2026-12-01T18:00", "2026-12-01T20:00", "Mars/Olympus", null, "x", null), now, true)))
                .isEqualTo("zone:events.error.zone");
        assertThat(field(() -> EventRules.check(draft("a", "2026-12-01T18:00", "2026-12-01T20:00", "UTC", null, " ", null), now, true)))
                .isEqualTo("venue:events.error.placeRequired");
        assertThat(field(() -> EventRules.check(draft("a", "2026-12-01T18:00", "2026-12-01T20:00", "UTC", "javascript:alert(1)", null, null), now, true)))
                .isEqualTo("onlineUrl:events.error.url");
        assertThat(field(() -> EventRules.check(draft("a", "2026-12-01T18:00", "2026-12-01T20:00", "UTC", null, "x", 0), now, true)))
                .isEqualTo("capacity:events.error.capacity");
    }

    @Test
    void anEventAlreadyUnderwayCanStillBeEdited() {
        assertThat(EventRules.check(draft("a", "2026-11-27T09:00", "2026-11-27T12:00", "UTC", "https://meet.example/x", null, null), now, false)
                .onlineUrl()).isEqualTo("https://meet.example/x");
    }
}
