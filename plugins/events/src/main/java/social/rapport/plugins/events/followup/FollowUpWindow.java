package social.rapport.plugins.events.followup;

import java.time.Duration;
import java.time.Instant;

/** The follow-up is open from an event's end for 14 days (unit-tested). */
public final class FollowUpWindow {

    public static final Duration LENGTH = Duration.ofDays(14);

    private FollowUpWindow() {
    }

    public static boolean open(Instant end, Instant now) {
        return !now.isBefore(end) && now.isBefore(closes(end));
    }

    public static Instant closes(Instant end) {
        return end.plus(LENGTH);
    }
}
