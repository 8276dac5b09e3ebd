package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;

/**
 * Proving that an email address is the member's: a single-use link valid 24 hours, sent at
 * sign-up and on request (at most {@link #MAX_SENDS_PER_HOUR} an hour). Until then the member
 * may sign in and edit their profile, but not write to others (see {@link Caller#requireVerified}).
 */
@ApplicationScoped
@Transactional
public class EmailVerification {

    public static final Duration LIFETIME = Duration.ofHours(24);
    public static final int MAX_SENDS_PER_HOUR = 3;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    Clock clock;

    void onSignUp(@Observes MemberSignedUp signedUp) {
        send(em.find(Member.class, signedUp.memberId()));
    }

    /**
     * Sends a new link to the member's address.
     *
     * @throws Refusal {@code resend}: already verified, or too many links in the last hour
     */
    public void resend(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null || member.isEmailVerified()) {
            throw new Refusal("resend", "account.verify.already");
        }
        if (tokens.issuedSince(memberId, AccountTokens.Purpose.VERIFY, Duration.ofHours(1)) >= MAX_SENDS_PER_HOUR) {
            throw new Refusal("resend", "account.verify.resendLimit");
        }
        send(member);
    }

    /** Verifies the address the link was sent for; empty when the link is unknown, used or expired. */
    public Optional<Long> verify(String token) {
        Optional<Long> memberId = tokens.consume(AccountTokens.Purpose.VERIFY, token);
        memberId.ifPresent(id -> {
            em.find(Member.class, id).verifyEmail(OffsetDateTime.now(clock));
            tokens.spendAll(id, AccountTokens.Purpose.VERIFY);
        });
        return memberId;
    }

    private void send(Member member) {
        String token = tokens.issue(member.getId(), AccountTokens.Purpose.VERIFY, LIFETIME);
        mails.send(member, "verify", "/verify-email?token=" + token);
    }
}
