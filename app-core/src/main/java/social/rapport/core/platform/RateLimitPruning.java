package social.rapport.core.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Deletes rate-limit events older than their hour, every ten minutes on every instance (an idempotent delete). */
@Singleton
public class RateLimitPruning {

    @Inject
    RateLimits limits;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void prune() {
        limits.prune();
    }
}
