package social.rapport.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers one due message per transaction: the row stays locked (SKIP LOCKED for the other
 * instances) while it is handed to SMTP, then is marked sent, or retried later with a doubling
 * wait, or given up after {@code rapport.mail.max-attempts} with the error kept.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @Inject
    OutboxQueries queries;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** Returns whether there was a message to deliver (delivered or not). */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean deliverNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<OutboxQueries.Queued> next = queries.claimNext(now);
        if (next.isEmpty()) {
            return false;
        }
        OutboxQueries.Queued queued = next.get();
        try {
            transport.send(queued.id(), queued.mail());
            queries.sent(queued.id(), OffsetDateTime.now(clock));
        } catch (Exception e) {
            int attempts = queued.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (attempts >= settings.maxAttempts()) {
                queries.gaveUp(queued.id(), error, now);
                LOG.warning(() -> "Mail " + queued.id() + " given up after " + attempts + " attempts: " + error);
            } else {
                queries.retryLater(queued.id(), error, now.plusSeconds(settings.backoffSeconds(attempts)));
                LOG.info(() -> "Mail " + queued.id() + " not sent (attempt " + attempts + "), will retry: " + error);
            }
        }
        return true;
    }
}
