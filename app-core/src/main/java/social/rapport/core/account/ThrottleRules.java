package social.rapport.core.account;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The arithmetic of sign-in throttling, free of the database so that it can be unit-tested.
 * Failures pause sign-in for one address + account pair (the attacker's address, not the
 * owner's), and only a much larger number of failures from anywhere pauses the whole account,
 * and then not for addresses that signed in to it successfully before.
 *
 * @param maxFailures          failures of one address + account within {@code failureWindow} that pause that pair
 * @param accountMaxFailures   failures of one account from all addresses within {@code failureWindow} that pause it
 * @param failureWindow        the window failures are counted in
 * @param lockDuration         how long a first pause lasts; each further pause in a row of the same key lasts twice as long
 * @param maxLockDuration      the longest a pause lasts
 * @param maxAttemptsPerMinute attempts from one address within a minute before it is refused
 */
public record ThrottleRules(int maxFailures, int accountMaxFailures, Duration failureWindow, Duration lockDuration,
                            Duration maxLockDuration, int maxAttemptsPerMinute) {

    public static final ThrottleRules DEFAULT =
            new ThrottleRules(10, 100, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(24), 30);

    /** How long a successful sign-in makes an address "known" to the account (exempt from the account pause). */
    public static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

    /** How long failed and refused attempts are kept: longer than any window they count in. */
    public static final Duration KEEP_FAILURES = Duration.ofDays(1);

    /**
     * From when failures count towards a pause: the window's start, but never before the last
     * success or the end of the last pause (so that an expired pause does not re-pause at once).
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

    /** Whether {@code failures} of one address + account counted since {@link #countFailuresSince} pause the pair. */
    public boolean locks(long failures) {
        return failures >= maxFailures;
    }

    /** Whether {@code failures} of one account from all addresses pause the whole account. */
    public boolean locksAccount(long failures) {
        return failures >= accountMaxFailures;
    }

    /** The length of the {@code strike}-th pause in a row (1 for the first): 15, 30, 60 minutes ... at most a day. */
    public Duration pause(int strike) {
        Duration pause = lockDuration;
        for (int i = 1; i < strike && pause.compareTo(maxLockDuration) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxLockDuration) > 0 ? maxLockDuration : pause;
    }

    /** Whether an address that made {@code attemptsInLastMinute} attempts must be refused. */
    public boolean addressExceeded(long attemptsInLastMinute) {
        return attemptsInLastMinute >= maxAttemptsPerMinute;
    }
}
