package social.rapport.core.platform;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * Whether {@link RateLimits} refused something in the current request, and in how many seconds
 * the oldest counted event leaves the window. Pages show the refusal as a message; the web layer
 * reads this to answer {@code 429} with {@code Retry-After} to requests that are not a page
 * (a script's ajax request), which would not show that message to anyone.
 */
@RequestScoped
public class RateLimitOutcome {

    private Long retryAfterSeconds;

    public void refused(long retryAfterSeconds) {
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
