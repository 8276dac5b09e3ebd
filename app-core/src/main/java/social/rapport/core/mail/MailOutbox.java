package social.rapport.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Queues mail in PostgreSQL, in the caller's transaction: a message exists exactly when the
 * change that caused it committed, and it waits there while the SMTP server is away.
 */
@ApplicationScoped
@Transactional
public class MailOutbox {

    @Inject
    OutboxQueries queries;

    @Inject
    Clock clock;

    public void queue(OutgoingMail mail) {
        queries.insert(mail, OffsetDateTime.now(clock));
    }
}
