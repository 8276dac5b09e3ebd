package social.rapport.core.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the current request's sign-in failed, for the page to word its message. The identity store
 * can only answer valid or invalid; this carries the difference between a wrong password and a
 * paused sign-in (both said without revealing whether the email has an account).
 */
@RequestScoped
public class SignInOutcome {

    public enum Failure { NONE, WRONG_CREDENTIALS, LOCKED }

    private Failure failure = Failure.NONE;
    private long pausedMinutes;

    public Failure failure() {
        return failure;
    }

    /** For {@link Failure#LOCKED}: how many minutes the pause still lasts. */
    public long pausedMinutes() {
        return pausedMinutes;
    }

    void fail(Failure failure) {
        this.failure = failure;
    }

    void paused(long minutes) {
        this.failure = Failure.LOCKED;
        this.pausedMinutes = minutes;
    }
}
