package social.rapport.core.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Prunes {@code sign_in_attempt} and ended pauses every hour (what is kept, and for how long, is
 * in {@link ThrottleRules}). Not persistent, so each instance runs its own timer; that is safe:
 * the deletes are idempotent and take rows with {@code skip locked}.
 */
@Singleton
public class SignInPruning {

    private static final Logger LOG = Logger.getLogger(SignInPruning.class.getName());

    @Inject
    SignInThrottle throttle;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void onTimer() {
        prune();
    }

    /** One pass, in batches until nothing old is left; answers how many rows went. */
    public int prune() {
        int deleted;
        int total = 0;
        do {
            deleted = throttle.prune();
            total += deleted;
        } while (deleted >= SignInAttempts.PRUNE_BATCH);
        int pruned = total;
        if (pruned > 0) {
            LOG.info(() -> pruned + " old sign-in attempts and pauses pruned");
        }
        return pruned;
    }
}
