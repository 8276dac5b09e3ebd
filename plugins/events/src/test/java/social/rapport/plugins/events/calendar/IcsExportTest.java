package social.rapport.plugins.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.Visibility;

class IcsExportTest {

    @Test
    void writesAValidCalendarWithOneEventInUtc() throws Exception {
        Event event = new Event(42, 1, "JavaDay; Milan, 2026", "Talks\nand pizza", OffsetDateTime.parse("2026-12-01T18:00+01:00"),
                OffsetDateTime.parse("2026-12-01T20:00+01:00"), ZoneId.of("Europe/Rome"), null, "Talent Garden", "Via Merano 16",
                50, Visibility.PUBLIC, false, null);
        String ics = IcsExport.ics(event, URI.create("https://rapport.example/p/events/event.xhtml?id=42"), "rapport.example",
                Instant.parse("2026-11-27T10:00:00Z"));

        assertThat(ics).contains("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:", "BEGIN:VEVENT", "UID:event-42@rapport.example",
                "DTSTAMP:20261127T100000Z", "DTSTART:20261201T170000Z", "DTEND:20261201T190000Z", "SUMMARY:JavaDay\\; Milan\\, 2026",
                "LOCATION:Talent Garden\\, Via Merano 16", "URL:https://rapport.example/p/events/event.xhtml?id=42");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        parsed.validate();
        VEvent vevent = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getSummary().getValue()).isEqualTo("JavaDay; Milan, 2026");
    }
}
