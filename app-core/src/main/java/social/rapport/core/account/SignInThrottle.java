package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.core.account.SignInAttempt.Outcome;
import social.rapport.core.database.RapportDatabase;

/**
 * Throttles sign-in: locks an account (by email, known or not) after too many failures, and
 * refuses an address that tries too often. State lives in PostgreSQL, so every server
 * instance sees the same counts. Attempts are recorded in their own transaction: a failed
 * sign-in must still count.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class SignInThrottle {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    private ThrottleRules rules = ThrottleRules.DEFAULT;

    protected SignInThrottle() {
    }

    @Inject
    public SignInThrottle(
            @ConfigProperty(name = "rapport.signin.max-failures", defaultValue = "10") int maxFailures,
            @ConfigProperty(name = "rapport.signin.lock-minutes", defaultValue = "15") int lockMinutes,
            @ConfigProperty(name = "rapport.signin.max-attempts-per-minute", defaultValue = "30") int maxPerMinute) {
        this.rules = new ThrottleRules(maxFailures, Duration.ofMinutes(lockMinutes), Duration.ofMinutes(lockMinutes), maxPerMinute);
    }

    /** How long a lock lasts, for the message that tells the person. */
    public long lockMinutes() {
        return rules.lockDuration().toMinutes();
    }

    /** The end of the current lock on this email, if it is locked now. */
    public Optional<OffsetDateTime> lockedUntil(String email) {
        SignInLock lock = em.find(SignInLock.class, EmailAddress.normalise(email));
        OffsetDateTime now = now();
        return lock != null && lock.lockedUntil().isAfter(now) ? Optional.of(lock.lockedUntil()) : Optional.empty();
    }

    /** Whether this address has used up its attempts for the last minute. */
    public boolean addressExceeded(String address) {
        long attempts = em.createQuery(
                        "select count(a) from SignInAttempt a where a.address = :address and a.attemptedAt > :since", Long.class)
                .setParameter("address", address)
                .setParameter("since", now().minusMinutes(1))
                .getSingleResult();
        return rules.addressExceeded(attempts);
    }

    public void recordSuccess(String email, String address) {
        em.persist(new SignInAttempt(EmailAddress.normalise(email), address, Outcome.SUCCEEDED, now()));
    }

    public void recordRefusedWhileLocked(String email, String address) {
        em.persist(new SignInAttempt(EmailAddress.normalise(email), address, Outcome.LOCKED, now()));
    }

    /** Records a failure; returns true when this failure locked the account. */
    public boolean recordFailure(String email, String address) {
        String key = EmailAddress.normalise(email);
        OffsetDateTime now = now();
        em.persist(new SignInAttempt(key, address, Outcome.FAILED, now));
        em.flush();

        OffsetDateTime lastSuccess = em.createQuery(
                        "select max(a.attemptedAt) from SignInAttempt a where a.email = :email and a.outcome = :outcome",
                        OffsetDateTime.class)
                .setParameter("email", key)
                .setParameter("outcome", Outcome.SUCCEEDED)
                .getSingleResult();
        SignInLock lock = em.find(SignInLock.class, key);
        OffsetDateTime since = rules.countFailuresSince(now, lastSuccess, lock == null ? null : lock.lockedUntil());
        long failures = em.createQuery(
                        "select count(a) from SignInAttempt a where a.email = :email and a.outcome = :outcome and a.attemptedAt >= :since",
                        Long.class)
                .setParameter("email", key)
                .setParameter("outcome", Outcome.FAILED)
                .setParameter("since", since)
                .getSingleResult();
        if (!rules.locks(failures)) {
            return false;
        }
        OffsetDateTime until = now.plus(rules.lockDuration());
        if (lock == null) {
            em.persist(new SignInLock(key, until));
        } else {
            lock.extendTo(until);
        }
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
