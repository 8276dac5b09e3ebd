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
 * Builds requested data exports every {@code rapport.accounts.export-poll-seconds}, and drops
 * expired ones. Not persistent: each instance runs its own timer, and the claim of
 * {@link ExportBuilder} keeps two from building the same export.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExportJob {

    private static final Logger LOG = Logger.getLogger(ExportJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ExportBuilder builder;

    @Inject
    @ConfigProperty(name = "rapport.accounts.export-poll-seconds", defaultValue = "10")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("member-export", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            builder.expireOld();
            for (int i = 0; i < 5; i++) {
                var claimed = builder.claimNext();
                if (claimed.isEmpty()) {
                    break;
                }
                builder.build(claimed.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Export round failed; waiting requests are tried next round", e);
        } finally {
            running.set(false);
        }
    }
}
