package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import social.rapport.core.account.AccountLifecycle;
import social.rapport.core.account.Caller;
import social.rapport.core.account.MemberSignedIn;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.account.MemberDataHook;

/**
 * "Delete my account": asked for with the password, carried out {@link #GRACE} later unless the
 * member signs in before then. The erasure removes the member from every core table and calls
 * every installed plugin's {@link MemberDataHook#erase}; the request row stays as the audit line.
 */
@ApplicationScoped
@Transactional
public class AccountDeletion {

    public static final Duration GRACE = Duration.ofDays(14);
    private static final Logger LOG = Logger.getLogger(AccountDeletion.class.getName());

    @Inject
    DeletionQueries deletions;

    @Inject
    ErasureQueries erasure;

    @Inject
    AccountLifecycle accounts;

    @Inject
    Caller caller;

    @Inject
    @Any
    Instance<MemberDataHook> hooks;

    @Inject
    Clock clock;

    /**
     * Schedules the caller's deletion and signs every session of theirs out.
     *
     * @throws Refusal {@code password} when it is not the caller's
     */
    public OffsetDateTime request(String password) {
        long me = caller.memberId();
        if (!accounts.passwordMatches(me, password)) {
            throw new Refusal("password", "account.password.currentWrong");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<OffsetDateTime> pending = deletions.pendingDue(me);
        if (pending.isPresent()) {
            return pending.get();
        }
        OffsetDateTime due = now.plus(GRACE);
        deletions.insert(me, now, due);
        accounts.deletionScheduled(me);
        return due;
    }

    void onSignIn(@Observes MemberSignedIn signedIn) {
        cancel(signedIn.memberId());
    }

    /** Cancels a pending deletion of the member (they signed in); returns whether there was one. */
    public boolean cancel(long memberId) {
        boolean cancelled = deletions.cancel(memberId, OffsetDateTime.now(clock));
        if (cancelled) {
            accounts.deletionCancelled(memberId);
        }
        return cancelled;
    }

    /** Erases one member whose grace period is over; returns whether there was one. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean eraseNextDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<long[]> due = deletions.claimDue(now);
        if (due.isEmpty()) {
            return false;
        }
        long requestId = due.get()[0];
        long memberId = due.get()[1];
        for (MemberDataHook hook : hooks) {
            // every installed plugin, enabled or not; a failure rolls the whole erasure back, to be retried
            hook.erase(memberId);
        }
        erasure.erase(memberId, erasure.placeholderId(), now);
        deletions.completed(requestId, now);
        LOG.info(() -> "Account deletion " + requestId + " carried out");
        return true;
    }
}
