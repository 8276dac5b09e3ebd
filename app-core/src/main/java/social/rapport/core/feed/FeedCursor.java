package social.rapport.core.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the next page of a home feed starts: the visit's snapshot (posts newer than it wait for
 * the "new posts" link, so nothing shifts while the member reads), the rank key and id of the
 * last post shown, the page number, and for the plugin-item policy how many items were shown
 * before and where the last plugin item was. Travels in the "Show more" link as dotted numbers.
 *
 * @param rankMicros       rank key of the last post shown (the next page holds smaller keys)
 * @param lastPostId       its id, the tie-breaker
 * @param itemsBefore      items (posts and plugin items) shown on earlier pages
 * @param lastPluginAt     1-based position in the visit of the last plugin item shown, or 0
 */
public record FeedCursor(long snapshotMillis, long rankMicros, long lastPostId, int page, int itemsBefore, int lastPluginAt) {

    /** 9999-12-31T23:59:59.999Z: no snapshot lies later (and its rank key still fits a long). */
    static final long MAX_SNAPSHOT_MILLIS = 253_402_300_799_999L;

    /** The start of a visit at {@code now}: above every rank key a post up to now can have. */
    public static FeedCursor first(Instant now) {
        long snapshot = now.toEpochMilli();
        long top = snapshot * 1000 + FeedRanking.MAX_BOOST.toSeconds() * 1_000_000L + 1_000_000L;
        return new FeedCursor(snapshot, top, Long.MAX_VALUE, 0, 0, 0);
    }

    public Instant snapshot() {
        return Instant.ofEpochMilli(snapshotMillis);
    }

    public String token() {
        return snapshotMillis + "." + rankMicros + "." + lastPostId + "." + page + "." + itemsBefore + "." + lastPluginAt;
    }

    /** The cursor a token names, or empty when it is not one of ours. */
    public static Optional<FeedCursor> parse(String token) {
        if (token == null || token.length() > 120) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 6) {
            return Optional.empty();
        }
        try {
            FeedCursor cursor = new FeedCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Integer.parseInt(parts[3]), Integer.parseInt(parts[4]), Integer.parseInt(parts[5]));
            // every number within what a real visit can produce, so that nothing downstream
            // (rank arithmetic in SQL, timestamps) can overflow: a crafted token is just not ours
            boolean sane = cursor.snapshotMillis > 0 && cursor.snapshotMillis <= MAX_SNAPSHOT_MILLIS
                    && cursor.rankMicros >= 0 && cursor.rankMicros <= first(cursor.snapshot()).rankMicros
                    && cursor.itemsBefore < 1_000_000 && cursor.page >= 0 && cursor.page < 10_000 && cursor.itemsBefore >= 0
                    && cursor.lastPluginAt >= 0 && cursor.lastPluginAt <= cursor.itemsBefore && cursor.lastPostId > 0;
            return sane ? Optional.of(cursor) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
