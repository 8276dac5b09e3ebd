package social.rapport.core.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the core's polling jobs share: a non-persistent interval timer (each instance runs its own,
 * none is bound to an instance; the work is claimed in PostgreSQL by the job itself) and one round
 * at a time per instance, a failed round logged and left to the next. A job is a
 * {@code @Singleton @Startup} bean that calls {@link #every} from its {@code @PostConstruct} and
 * {@link #round} from its {@code @Timeout} method.
 */
public abstract class PollingJob {

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts the timer: every {@code seconds} (at least 1), named {@code name}. */
    protected void every(int seconds, String name) {
        long interval = Math.max(1, seconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(name, false));
    }

    /** Runs {@code work} unless a round is still running here; a failure is logged as {@code failure}. */
    protected void round(Runnable work, String failure) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            Logger.getLogger(getClass().getName()).log(Level.WARNING, failure, e);
        } finally {
            running.set(false);
        }
    }
}
