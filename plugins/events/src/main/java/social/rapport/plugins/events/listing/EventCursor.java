package social.rapport.plugins.events.listing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Where the next page of a list starts: the (start, id) of the last event shown, as
 * {@code <epoch microseconds>_<id>} (PostgreSQL keeps microseconds: a coarser cursor would repeat rows) in the URL. Keyset pagination, on the index (start_at, id).
 */
public record EventCursor(OffsetDateTime start, long id) {

    /** The years a search date or cursor may name: PostgreSQL's timestamps end long before Java's dates. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    public static Optional<EventCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = text.split("_", 2);
            long micros = Long.parseLong(parts[0]);
            Instant start = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
            long id = Long.parseLong(parts[1]);
            int year = start.atOffset(ZoneOffset.UTC).getYear();
            if (id <= 0 || year < MIN_YEAR || year > MAX_YEAR) {
                return Optional.empty(); // not one of ours, and out of what a query may bind
            }
            return Optional.of(new EventCursor(start.atOffset(ZoneOffset.UTC), id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String format() {
        Instant instant = start.toInstant();
        return (instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000) + "_" + id;
    }
}
