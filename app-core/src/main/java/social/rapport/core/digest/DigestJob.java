package social.rapport.core.digest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the weekly digests that are due, every {@code rapport.digest.poll-seconds}. Not
 * persistent: each instance runs its own timer, and the row lock of {@link DigestDelivery}'s
 * claim keeps two from writing to the same member.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DigestDelivery delivery;

    @Inject
    @ConfigProperty(name = "rapport.digest.poll-seconds", defaultValue = "900")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("weekly-digest", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            delivery.scheduleNewMembers();
            for (int i = 0; i < 200 && delivery.sendNext(); i++) {
                // one member per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digest round failed; the members still due are retried next round", e);
        } finally {
            running.set(false);
        }
    }
}
