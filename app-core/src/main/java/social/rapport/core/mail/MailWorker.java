package social.rapport.core.mail;

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

/**
 * Drains the outbox every {@code rapport.mail.poll-seconds}. The timer is not persistent: every
 * instance runs its own, and the row locks of {@link OutboxDelivery} keep them from sending a
 * message twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations") // the outbox table exists only once Flyway ran
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    OutboxDelivery delivery;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = settings.pollSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail-outbox", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void drain() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still sending
        }
        try {
            for (int i = 0; i < BATCH && delivery.deliverNext(); i++) {
                // one message per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox round failed", e);
        } finally {
            running.set(false);
        }
    }
}
