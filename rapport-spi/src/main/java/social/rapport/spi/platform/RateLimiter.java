package social.rapport.spi.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * Platform service (the core implements it, plugins call it): the core's one rate-limit
 * mechanism, for a plugin's own actions. Events are counted in PostgreSQL, so across instances,
 * under a lock per action and actor. Over the limit, the caller is refused with the plugin's
 * message, nothing is counted, and a request that is not a page (a script's ajax request)
 * answers {@code 429 Too Many Requests} with {@code Retry-After}, as for the core's limits.
 */
public interface RateLimiter {

    /** The longest window a limit may be counted over. */
    Duration LONGEST_WINDOW = Duration.ofDays(7);

    /**
     * Counts one {@code limit.action()} by {@code actor} (a member, an event: whatever the limit
     * is per), or refuses it when the last {@code limit.window()} holds {@code limit.max()}
     * already. Runs in the caller's transaction.
     *
     * @param field      the form field the refusal is shown next to
     * @param messageKey the refusal's message, in the plugin's bundle
     * @throws social.rapport.spi.error.Refusal over the limit
     */
    void take(Limit limit, String actor, String field, String messageKey);

    /**
     * What is limited: {@code action}, a name of at most 48 characters that starts with the
     * plugin's id (e.g. {@code events.invitation}); at most {@code max} in any {@code window}
     * (at most {@link #LONGEST_WINDOW}).
     */
    record Limit(String action, int max, Duration window) {

        public Limit {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(window, "window");
            if (action.isBlank() || action.length() > 48) {
                throw new IllegalArgumentException("action: 1 to 48 characters");
            }
            if (max < 0) {
                throw new IllegalArgumentException("max: not negative");
            }
            if (window.isNegative() || window.isZero() || window.compareTo(LONGEST_WINDOW) > 0) {
                throw new IllegalArgumentException("window: more than zero, at most " + LONGEST_WINDOW);
            }
        }
    }
}
