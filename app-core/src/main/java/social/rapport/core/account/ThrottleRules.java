package social.rapport.core.account;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The arithmetic of sign-in throttling, free of the database so that it can be unit-tested.
 *
 * @param maxFailures         failures of one account within {@code failureWindow} that lock it
 * @param failureWindow       the window failures are counted in
 * @param lockDuration        how long a lock lasts
 * @param maxAttemptsPerMinute attempts from one address within a minute before it is refused
 */
public record ThrottleRules(int maxFailures, Duration failureWindow, Duration lockDuration, int maxAttemptsPerMinute) {

    public static final ThrottleRules DEFAULT = new ThrottleRules(10, Duration.ofMinutes(15), Duration.ofMinutes(15), 30);

    /**
     * From when failures count towards a lock: the window's start, but never before the last
     * success or the end of the last lock (so that an expired lock does not re-lock at once).
     */
    public OffsetDateTime countFailuresSince(OffsetDateTime now, OffsetDateTime lastSuccess, OffsetDateTime lastLockEnd) {
        OffsetDateTime since = now.minus(failureWindow);
        if (lastSuccess != null && lastSuccess.isAfter(since)) {
            since = lastSuccess;
        }
        if (lastLockEnd != null && lastLockEnd.isAfter(since)) {
            since = lastLockEnd;
        }
        return since;
    }

    /** Whether {@code failures} counted since {@link #countFailuresSince} lock the account. */
    public boolean locks(long failures) {
        return failures >= maxFailures;
    }

    /** Whether an address that made {@code attemptsInLastMinute} attempts must be refused. */
    public boolean addressExceeded(long attemptsInLastMinute) {
        return attemptsInLastMinute >= maxAttemptsPerMinute;
    }
}
