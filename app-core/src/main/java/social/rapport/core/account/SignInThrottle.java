package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.core.account.SignInAttempt.Outcome;

/**
 * Throttles sign-in (the rules are in {@link ThrottleRules}): failures pause one address +
 * account pair, a much larger number from anywhere pauses the account for addresses it does not
 * know, and an address that tries too often is refused. State lives in PostgreSQL, so every
 * server instance sees the same counts. Each call is its own transaction: a failed sign-in must
 * still count.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class SignInThrottle {

    @Inject
    SignInAttempts attempts;

    @Inject
    Clock clock;

    private ThrottleRules rules = ThrottleRules.DEFAULT;

    protected SignInThrottle() {
    }

    @Inject
    public SignInThrottle(
            @ConfigProperty(name = "rapport.signin.max-failures", defaultValue = "10") int maxFailures,
            @ConfigProperty(name = "rapport.signin.account-max-failures", defaultValue = "100") int accountMaxFailures,
            @ConfigProperty(name = "rapport.signin.lock-minutes", defaultValue = "15") int lockMinutes,
            @ConfigProperty(name = "rapport.signin.max-attempts-per-minute", defaultValue = "30") int maxPerMinute) {
        this.rules = new ThrottleRules(maxFailures, accountMaxFailures, Duration.ofMinutes(lockMinutes),
                Duration.ofMinutes(lockMinutes), ThrottleRules.DEFAULT.maxLockDuration(), maxPerMinute);
    }

    /** Until when sign-in to this email from this address is paused, if it is now. */
    public Optional<OffsetDateTime> pausedUntil(String email, String address) {
        String key = EmailAddress.normalise(email);
        OffsetDateTime now = now();
        Optional<OffsetDateTime> pair = attempts.lock(key, address).map(SignInLock::lockedUntil).filter(now::isBefore);
        if (pair.isPresent()) {
            return pair;
        }
        Optional<OffsetDateTime> account = attempts.lock(key, SignInLock.WHOLE_ACCOUNT).map(SignInLock::lockedUntil).filter(now::isBefore);
        if (account.isPresent() && !known(key, address, now)) {
            return account;
        }
        return Optional.empty();
    }

    /** Whether this address has used up its attempts for the last minute. */
    public boolean addressExceeded(String address) {
        return rules.addressExceeded(attempts.attemptsFromAddressSince(address, now().minusMinutes(1)));
    }

    public void recordSuccess(String email, String address) {
        String key = EmailAddress.normalise(email);
        attempts.add(key, address, Outcome.SUCCEEDED, now());
        attempts.removeLock(key, address); // the next pause of this pair starts short again
    }

    public void recordPaused(String email, String address) {
        attempts.add(EmailAddress.normalise(email), address, Outcome.LOCKED, now());
    }

    /** An attempt refused before any work (input too long to be an account); it counts against its address. */
    public void recordRefused(String email, String address) {
        String key = EmailAddress.normalise(email);
        attempts.add(key.length() > EmailAddress.MAX_LENGTH ? key.substring(0, EmailAddress.MAX_LENGTH) : key,
                address, Outcome.REFUSED, now());
    }

    /** Records a failure; returns the end of the pause it started for this address, if it started one. */
    public Optional<OffsetDateTime> recordFailure(String email, String address) {
        String key = EmailAddress.normalise(email);
        OffsetDateTime now = now();
        attempts.add(key, address, Outcome.FAILED, now);
        attempts.flush();

        Optional<SignInLock> pairLock = attempts.lock(key, address);
        OffsetDateTime pairSince = rules.countFailuresSince(now, attempts.lastSuccessOfPair(key, address),
                pairLock.map(SignInLock::lockedUntil).orElse(null));
        Optional<OffsetDateTime> paused = Optional.empty();
        if (rules.locks(attempts.failuresOfPairSince(key, address, pairSince))) {
            paused = Optional.of(pause(key, address, pairLock, now));
        }

        Optional<SignInLock> accountLock = attempts.lock(key, SignInLock.WHOLE_ACCOUNT);
        OffsetDateTime accountSince = rules.countFailuresSince(now, null, accountLock.map(SignInLock::lockedUntil).orElse(null));
        if (rules.locksAccount(attempts.failuresOfAccountSince(key, accountSince))) {
            OffsetDateTime until = pause(key, SignInLock.WHOLE_ACCOUNT, accountLock, now);
            if (paused.isEmpty() && !known(key, address, now)) {
                paused = Optional.of(until);
            }
        }
        return paused;
    }

    /** Deletes what no rule reads any more; returns the number of rows deleted. Safe on several instances at once. */
    public int prune() {
        OffsetDateTime now = now();
        return attempts.prune(now.minus(ThrottleRules.KEEP_FAILURES), now.minus(ThrottleRules.KNOWN_ADDRESS),
                now.minus(ThrottleRules.KEEP_FAILURES));
    }

    /** Minutes left until {@code until}, rounded up, for the message that tells the person. */
    public long minutesUntil(OffsetDateTime until) {
        long seconds = Math.max(0, Duration.between(now(), until).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    private OffsetDateTime pause(String key, String address, Optional<SignInLock> existing, OffsetDateTime now) {
        if (existing.isEmpty()) {
            OffsetDateTime until = now.plus(rules.pause(1));
            attempts.addLock(new SignInLock(key, address, until));
            return until;
        }
        OffsetDateTime until = now.plus(rules.pause(existing.get().strikes() + 1));
        existing.get().pauseAgain(until);
        return until;
    }

    /** An address that signed in to this account recently is not paused with the whole account. */
    private boolean known(String key, String address, OffsetDateTime now) {
        OffsetDateTime last = attempts.lastSuccessOfPair(key, address);
        return last != null && last.isAfter(now.minus(ThrottleRules.KNOWN_ADDRESS));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
