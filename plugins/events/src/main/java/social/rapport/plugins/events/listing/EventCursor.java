package social.rapport.plugins.events.listing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Where the next page of a list starts: the (start, id) of the last event shown, as
 * {@code <epoch millis>-<id>} in the URL. Keyset pagination, on the index (start_at, id).
 */
public record EventCursor(OffsetDateTime start, long id) {

    public static Optional<EventCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = text.split("_", 2);
            return Optional.of(new EventCursor(Instant.ofEpochMilli(Long.parseLong(parts[0])).atOffset(ZoneOffset.UTC),
                    Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String format() {
        return start.toInstant().toEpochMilli() + "_" + id;
    }
}
