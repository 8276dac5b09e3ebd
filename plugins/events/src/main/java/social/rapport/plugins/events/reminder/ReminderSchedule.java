package social.rapport.plugins.events.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When reminders are due. Reminders are counted in real hours before the start instant, so an
 * event's time zone (and a daylight-saving change in between) never moves them; the SQL of
 * {@link ReminderRepository#claimDue()} applies the same windows.
 */
public enum ReminderSchedule {

    /** From 24 hours before the start until the 1-hour reminder takes over. */
    DAY_BEFORE("24h", Duration.ofHours(24), Duration.ofHours(1)),
    /** The last hour before the start. */
    HOUR_BEFORE("1h", Duration.ofHours(1), Duration.ZERO);

    private final String kind;
    private final Duration ahead;
    private final Duration until;

    ReminderSchedule(String kind, Duration ahead, Duration until) {
        this.kind = kind;
        this.ahead = ahead;
        this.until = until;
    }

    public String kind() {
        return kind;
    }

    /** The first instant the reminder may be sent. */
    public Instant dueAt(Instant start) {
        return start.minus(ahead);
    }

    /** The reminder due at {@code now} for an event starting at {@code start}, if any. */
    public static Optional<ReminderSchedule> due(Instant start, Instant now) {
        for (ReminderSchedule reminder : values()) {
            if (!now.isBefore(start.minus(reminder.ahead)) && now.isBefore(start.minus(reminder.until))) {
                return Optional.of(reminder);
            }
        }
        return Optional.empty();
    }
}
