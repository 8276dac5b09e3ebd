package social.rapport.plugins.events.event;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an event's time reads: in the event's own time zone, which is named. */
public final class When {

    private When() {
    }

    public static String format(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).format(time);
    }

    /** "Mon 1 Dec 2026, 18:00 – 20:00 (Europe/Rome)"; the end's date is repeated only when it differs. */
    public static String range(Event event, Locale locale) {
        ZonedDateTime start = event.start();
        ZonedDateTime end = event.end();
        String endText = start.toLocalDate().equals(end.toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm", locale).format(end)
                : format(end, locale);
        return format(start, locale) + " – " + endText + " (" + event.zone().getId() + ")";
    }
}
