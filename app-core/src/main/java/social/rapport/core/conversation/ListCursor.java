package social.rapport.core.conversation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The keyset cursor of a conversation list: the last row's activity time (epoch microseconds) and id. */
public record ListCursor(OffsetDateTime activityAt, long conversationId) {

    public static Optional<ListCursor> parse(String text) {
        if (text == null || !text.matches("\\d{1,19}_\\d{1,19}")) {
            return Optional.empty();
        }
        String[] parts = text.split("_");
        try {
            long micros = Long.parseLong(parts[0]);
            Instant at = Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
            return Optional.of(new ListCursor(at.atOffset(ZoneOffset.UTC), Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String format() {
        Instant at = activityAt.toInstant();
        return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1000) + "_" + conversationId;
    }
}
