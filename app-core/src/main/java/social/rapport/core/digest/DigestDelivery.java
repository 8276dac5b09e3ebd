package social.rapport.core.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import social.rapport.core.mail.MailOutbox;
import social.rapport.core.mail.OutgoingMail;

/**
 * One member's digest per transaction: the schedule row is locked (SKIP LOCKED for the other
 * instances), the mail is queued (or not, with nothing to say), and the next digest is set a
 * week on, all or nothing. A digest that cannot be written (a query fails) is tried again an hour
 * later, so one member never holds up the others.
 */
@ApplicationScoped
public class DigestDelivery {

    private static final Logger LOG = Logger.getLogger(DigestDelivery.class.getName());
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration RETRY = Duration.ofHours(1);

    @Inject
    DigestQueries queries;

    @Inject
    CatchUpDigest digest;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /** Schedules the first digest of members who have none yet, a week from now. */
    @Transactional(TxType.REQUIRES_NEW)
    public int scheduleNewMembers() {
        return queries.scheduleNewMembers(OffsetDateTime.now(clock).plus(WEEK));
    }

    /** Returns whether a member was due (whether or not a mail went out). */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean sendNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Long> member = queries.claimDue(now);
        if (member.isEmpty()) {
            return false;
        }
        Optional<OutgoingMail> mail;
        try {
            mail = digest.compose(member.get(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digest of member " + member.get() + " could not be written; retried in an hour", e);
            queries.advance(member.get(), now.plus(RETRY));
            return true;
        }
        if (mail.isPresent()) {
            outbox.queue(mail.get());
            queries.sent(member.get(), now, now.plus(WEEK));
        } else {
            queries.advance(member.get(), now.plus(WEEK)); // nothing to say, or turned off: nothing is sent
        }
        return true;
    }
}
