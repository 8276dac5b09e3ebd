package social.rapport.core.memberdata;

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
 * Carries out due account deletions every {@code rapport.accounts.deletion-poll-seconds}. Not
 * persistent: each instance runs its own timer, and the row lock of the claim keeps two from
 * erasing the same member.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeletionJob {

    private static final Logger LOG = Logger.getLogger(DeletionJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AccountDeletion deletion;

    @Inject
    @ConfigProperty(name = "rapport.accounts.deletion-poll-seconds", defaultValue = "600")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("account-deletion", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < 20 && deletion.eraseNextDue(); i++) {
                // one member per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Account deletion round failed; it is retried next round", e);
        } finally {
            running.set(false);
        }
    }
}
