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

    public static Optional<EventCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = text.split("_", 2);
            long micros = Long.parseLong(parts[0]);
            Instant start = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
            return Optional.of(new EventCursor(start.atOffset(ZoneOffset.UTC), Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String format() {
        Instant instant = start.toInstant();
        return (instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000) + "_" + id;
    }
}
