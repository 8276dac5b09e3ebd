package social.rapport.plugins.events.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import social.rapport.plugins.events.event.Event;

/**
 * One event as a VCALENDAR with one VEVENT. Times are written in UTC ({@code 20261201T170000Z}),
 * which Google, Apple and Outlook calendars all read without a VTIMEZONE block; the calendar app
 * shows them in its own zone. The UID is stable per event, so importing again updates the entry.
 */
public final class IcsExport {

    private IcsExport() {
    }

    /**
     * @param pageUrl the absolute URL of the event's page
     * @param domain  the server's host name, which makes the UID globally unique
     */
    public static String ics(Event event, URI pageUrl, String domain, Instant now) {
        VEvent vevent = new VEvent(event.startAt().toInstant(), event.endAt().toInstant(), event.title());
        vevent.replace(new DtStamp(now));
        vevent.add(new Uid("event-" + event.id() + "@" + domain));
        vevent.add(new Url(pageUrl));
        String place = event.place();
        if (place != null && !place.isBlank()) {
            vevent.add(new Location(place));
        }
        String description = event.description() == null ? "" : event.description();
        vevent.add(new Description(description.isBlank() ? pageUrl.toString() : description + "\n\n" + pageUrl));
        if (event.cancelled()) {
            vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        vevent.add(new LastModified(now));
        vevent.add(new Sequence((int) (now.getEpochSecond() / 60 % Integer.MAX_VALUE)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rapport//Events 1.0//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(vevent);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
