package social.rapport.core.conversation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A member's reply rate and typical (median) reply time, from the first messages and requests they
 * received: each is either answered (at the time of their first message after it) or not.
 *
 * @param received      first messages received in the period
 * @param replied       how many of them were answered
 * @param medianReply   the median time to answer, over the answered ones; empty when none was
 */
public record ReplyStats(int received, int replied, Optional<Duration> medianReply) {

    /** One first message: when it arrived, and when the member answered (null: not yet). */
    public record FirstContact(OffsetDateTime receivedAt, OffsetDateTime repliedAt) {
    }

    public static ReplyStats of(List<FirstContact> contacts) {
        List<Duration> times = new ArrayList<>();
        for (FirstContact c : contacts) {
            if (c.repliedAt() != null) {
                Duration d = Duration.between(c.receivedAt(), c.repliedAt());
                times.add(d.isNegative() ? Duration.ZERO : d);
            }
        }
        Collections.sort(times);
        Optional<Duration> median = Optional.empty();
        int n = times.size();
        if (n > 0) {
            median = Optional.of(n % 2 == 1 ? times.get(n / 2) : times.get(n / 2 - 1).plus(times.get(n / 2)).dividedBy(2));
        }
        return new ReplyStats(contacts.size(), n, median);
    }

    /** Whole percent of first messages answered, rounded half up; empty with nothing received. */
    public Optional<Integer> ratePercent() {
        return received == 0 ? Optional.empty() : Optional.of((int) Math.round(replied * 100.0 / received));
    }
}
