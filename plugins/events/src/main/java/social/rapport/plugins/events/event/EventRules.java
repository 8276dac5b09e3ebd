package social.rapport.plugins.events.event;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The rules an event's details must follow, in one place (unit-tested). */
public final class EventRules {

    public static final int MAX_TITLE = 150;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_VENUE = 150;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_URL = 500;
    public static final int MAX_CAPACITY = 100_000;
    public static final Duration MAX_LENGTH = Duration.ofDays(14);

    private EventRules() {
    }

    /** The checked event, with times as instants; throws {@link EventRefusal} naming the field at fault. */
    public static Checked check(EventDraft draft, Instant now, boolean creating) {
        String title = trim(draft.title());
        if (title.isEmpty()) {
            throw new EventRefusal("title", "events.error.titleRequired");
        }
        if (title.length() > MAX_TITLE) {
            throw new EventRefusal("title", "events.error.titleTooLong");
        }
        String description = trim(draft.description());
        if (description.length() > MAX_DESCRIPTION) {
            throw new EventRefusal("description", "events.error.descriptionTooLong");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(trim(draft.zone()));
        } catch (DateTimeException e) {
            throw new EventRefusal("zone", "events.error.zone");
        }
        if (draft.start() == null) {
            throw new EventRefusal("start", "events.error.startRequired");
        }
        if (draft.end() == null) {
            throw new EventRefusal("end", "events.error.endRequired");
        }
        OffsetDateTime start = draft.start().atZone(zone).toOffsetDateTime();
        OffsetDateTime end = draft.end().atZone(zone).toOffsetDateTime();
        if (creating && !start.toInstant().isAfter(now)) {
            throw new EventRefusal("start", "events.error.startInPast");
        }
        if (!end.isAfter(start)) {
            throw new EventRefusal("end", "events.error.endBeforeStart");
        }
        if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            throw new EventRefusal("end", "events.error.tooLong");
        }
        String url = trim(draft.onlineUrl());
        String venue = trim(draft.venue());
        String address = trim(draft.address());
        if (url.isEmpty() && venue.isEmpty() && address.isEmpty()) {
            throw new EventRefusal("venue", "events.error.placeRequired");
        }
        if (!url.isEmpty() && (url.length() > MAX_URL || !webAddress(url))) {
            throw new EventRefusal("onlineUrl", "events.error.url");
        }
        if (venue.length() > MAX_VENUE) {
            throw new EventRefusal("venue", "events.error.venueTooLong");
        }
        if (address.length() > MAX_ADDRESS) {
            throw new EventRefusal("address", "events.error.addressTooLong");
        }
        Integer capacity = draft.capacity();
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new EventRefusal("capacity", "events.error.capacity");
        }
        Visibility visibility = draft.visibility() == null ? Visibility.PUBLIC : draft.visibility();
        return new Checked(title, description, start, end, zone, url.isEmpty() ? null : url,
                venue.isEmpty() ? null : venue, address.isEmpty() ? null : address, capacity, visibility);
    }

    /** Only http(s) links with a host: a javascript: link would run in the viewer's page. */
    static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    /** An event's details that passed the rules. */
    public record Checked(String title, String description, OffsetDateTime start, OffsetDateTime end, ZoneId zone,
                          String onlineUrl, String venue, String address, Integer capacity, Visibility visibility) {
    }
}
