package social.rapport.core.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import social.rapport.core.mail.MailOutbox;
import social.rapport.core.mail.OutgoingMail;

/**
 * One member's digest per transaction: the schedule row is locked (SKIP LOCKED for the other
 * instances), the mail is queued (or not, with nothing to say), and the next digest is set a
 * week on, all or nothing: a failure leaves the member due for the next round.
 */
@ApplicationScoped
public class DigestDelivery {

    static final Duration WEEK = Duration.ofDays(7);

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
        Optional<OutgoingMail> mail = digest.compose(member.get(), now);
        mail.ifPresent(outbox::queue);
        queries.advance(member.get(), now.plus(WEEK), mail.isPresent() ? now : null);
        return true;
    }
}
