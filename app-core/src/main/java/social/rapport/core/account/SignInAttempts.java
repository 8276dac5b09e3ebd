package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import social.rapport.core.account.SignInAttempt.Outcome;
import social.rapport.core.database.RapportDatabase;

/** The queries of sign-in throttling over {@code sign_in_attempt} and {@code sign_in_lock}; runs in the caller's transaction. */
@ApplicationScoped
class SignInAttempts {

    /** Rows deleted per statement when pruning, so that one run never holds many locks for long. */
    static final int PRUNE_BATCH = 5000;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    void add(String email, String address, Outcome outcome, OffsetDateTime at) {
        em.persist(new SignInAttempt(email, address, outcome, at));
    }

    void flush() {
        em.flush();
    }

    long failuresOfPairSince(String email, String address, OffsetDateTime since) {
        return em.createQuery("select count(a) from SignInAttempt a where a.email = :email and a.address = :address"
                        + " and a.outcome = :outcome and a.attemptedAt >= :since", Long.class)
                .setParameter("email", email).setParameter("address", address)
                .setParameter("outcome", Outcome.FAILED).setParameter("since", since)
                .getSingleResult();
    }

    long failuresOfAccountSince(String email, OffsetDateTime since) {
        return em.createQuery("select count(a) from SignInAttempt a where a.email = :email"
                        + " and a.outcome = :outcome and a.attemptedAt >= :since", Long.class)
                .setParameter("email", email).setParameter("outcome", Outcome.FAILED).setParameter("since", since)
                .getSingleResult();
    }

    OffsetDateTime lastSuccessOfPair(String email, String address) {
        return em.createQuery("select max(a.attemptedAt) from SignInAttempt a where a.email = :email and a.address = :address"
                        + " and a.outcome = :outcome", OffsetDateTime.class)
                .setParameter("email", email).setParameter("address", address).setParameter("outcome", Outcome.SUCCEEDED)
                .getSingleResult();
    }

    long attemptsFromAddressSince(String address, OffsetDateTime since) {
        return em.createQuery("select count(a) from SignInAttempt a where a.address = :address and a.attemptedAt > :since", Long.class)
                .setParameter("address", address).setParameter("since", since)
                .getSingleResult();
    }

    Optional<SignInLock> lock(String email, String address) {
        return Optional.ofNullable(em.find(SignInLock.class, new SignInLock.Key(email, address)));
    }

    void addLock(SignInLock lock) {
        em.persist(lock);
    }

    void removeLock(String email, String address) {
        lock(email, address).ifPresent(em::remove);
    }

    /**
     * Deletes failed, paused and refused attempts before {@code failuresBefore}, successes before
     * {@code successesBefore} and pauses that ended before {@code locksEndedBefore}, one batch
     * per statement. {@code skip locked}: instances pruning at the same time take different rows.
     */
    int prune(OffsetDateTime failuresBefore, OffsetDateTime successesBefore, OffsetDateTime locksEndedBefore) {
        int attempts = em.createNativeQuery("""
                        delete from sign_in_attempt where id in (
                            select id from sign_in_attempt
                             where (outcome <> 'SUCCEEDED' and attempted_at < ?1)
                                or (outcome = 'SUCCEEDED' and attempted_at < ?2)
                             limit ?3 for update skip locked)""")
                .setParameter(1, failuresBefore).setParameter(2, successesBefore).setParameter(3, PRUNE_BATCH)
                .executeUpdate();
        int locks = em.createNativeQuery("""
                        delete from sign_in_lock where ctid in (
                            select ctid from sign_in_lock where locked_until < ?1 limit ?2 for update skip locked)""")
                .setParameter(1, locksEndedBefore).setParameter(2, PRUNE_BATCH)
                .executeUpdate();
        return attempts + locks;
    }
}
