package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.mail.MailOutbox;
import social.rapport.core.mail.MailTemplates;
import social.rapport.core.mail.PublicUrl;
import social.rapport.core.platform.Refusal;

/**
 * Changing one's email: asked for with the password, confirmed by a link (24 hours, single use)
 * sent to the new address; once confirmed, the old address is told. A taken address gets the
 * same answer and no link, so the form does not tell who has an account.
 */
@ApplicationScoped
@Transactional
public class EmailChange {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    AccountLifecycle lifecycle;

    @Inject
    AccountTokens tokens;

    @Inject
    MailTemplates templates;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl urls;

    @Inject
    Clock clock;

    /**
     * Sends a confirmation link to the new address.
     *
     * @throws Refusal {@code currentPassword} when wrong, {@code newEmail} when malformed, the same
     *                 as now, or after too many requests in an hour
     */
    public void request(String newEmail, String password) {
        long me = caller.memberId();
        if (!lifecycle.passwordMatches(me, password)) {
            throw new Refusal("currentPassword", "account.password.currentWrong");
        }
        String normalised = EmailAddress.normalise(newEmail);
        EmailAddress.problem(normalised).ifPresent(key -> {
            throw new Refusal("newEmail", key);
        });
        Member member = em.find(Member.class, me);
        if (normalised.equals(member.getEmail())) {
            throw new Refusal("newEmail", "account.email.same");
        }
        if (tokens.issuedSince(me, AccountTokens.Purpose.EMAIL, Duration.ofHours(1)) >= EmailVerification.MAX_SENDS_PER_HOUR) {
            throw new Refusal("newEmail", "account.verify.resendLimit");
        }
        String token = tokens.issueForEmail(me, normalised, EmailVerification.LIFETIME);
        if (accounts.findByEmail(normalised).isPresent()) {
            return; // taken: the same answer, no link
        }
        outbox.queue(templates.compose("emailChange", member.getLanguage(), normalised, me, member.getDisplayName(),
                urls.link("/confirm-email?token=" + token)));
    }

    /** Confirms the new address; empty when the link is unknown, used, expired, or the address was taken meanwhile. */
    public Optional<Long> confirm(String token) {
        Optional<Object[]> used = tokens.consumeEmail(token);
        if (used.isEmpty()) {
            return Optional.empty();
        }
        long memberId = ((Number) used.get()[0]).longValue();
        String newEmail = (String) used.get()[1];
        if (accounts.findByEmail(newEmail).isPresent()) {
            return Optional.empty();
        }
        Member member = em.find(Member.class, memberId);
        String oldEmail = member.getEmail();
        member.changeEmail(newEmail, OffsetDateTime.now(clock));
        try {
            em.flush();
        } catch (PersistenceException raced) {
            return Optional.empty();
        }
        outbox.queue(templates.compose("emailChanged", member.getLanguage(), oldEmail, memberId, member.getDisplayName(),
                urls.link("/forgot-password")));
        return Optional.of(memberId);
    }
}
