package social.rapport.core.keepintouch;

import java.time.OffsetDateTime;
import java.util.Optional;

/** How often a member wants to be in touch with one connection (NONE: no reminder; no row stored). */
public enum Cadence {
    NONE(0), MONTHLY(1), QUARTERLY(3), YEARLY(12);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    /** Due when the last interaction is older than the cadence. */
    public boolean due(OffsetDateTime lastInteraction, OffsetDateTime now) {
        return this != NONE && lastInteraction.plusMonths(months).isBefore(now);
    }

    public int months() {
        return months;
    }

    public static Optional<Cadence> parse(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
