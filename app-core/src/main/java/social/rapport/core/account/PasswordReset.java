package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;

/**
 * "Forgot password": the same answer whatever the address; a single-use link valid 60 minutes;
 * a new password ends every session of the account. Requests are limited per email and per
 * client address ({@code rapport.reset.max-per-email-per-hour}, {@code rapport.reset.max-per-address-per-hour}).
 */
@ApplicationScoped
@Transactional
public class PasswordReset {

    public static final Duration LIFETIME = Duration.ofMinutes(60);
    static final String KIND = "RESET";

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    MailRequests requests;

    @Inject
    MemberSessions sessions;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "rapport.reset.max-per-email-per-hour", defaultValue = "3")
    int maxPerEmail;

    @Inject
    @ConfigProperty(name = "rapport.reset.max-per-address-per-hour", defaultValue = "20")
    int maxPerAddress;

    /**
     * Sends a reset link if the address has an account; tells nothing either way.
     *
     * @throws Refusal {@code email}: not an email, or too many requests for it or from this client
     */
    public void request(String email, String clientAddress) {
        String normalised = EmailAddress.normalise(email);
        EmailAddress.problem(normalised).ifPresent(key -> {
            throw new Refusal("email", key);
        });
        if (requests.forEmail(KIND, normalised, Duration.ofHours(1)) >= maxPerEmail
                || requests.forAddress(KIND, clientAddress, Duration.ofHours(1)) >= maxPerAddress) {
            throw new Refusal("email", "account.reset.tooMany");
        }
        requests.record(KIND, normalised, clientAddress);
        accounts.findByEmail(normalised).filter(m -> !m.isSuspended()).ifPresent(member -> {
            String token = tokens.issue(member.getId(), AccountTokens.Purpose.RESET, LIFETIME);
            mails.send(member, "reset", "/reset-password?token=" + token);
        });
    }

    /** Whether a reset link can still be used (so the page shows its form, or says it expired). */
    public boolean usable(String token) {
        return tokens.valid(AccountTokens.Purpose.RESET, token);
    }

    /**
     * Sets a new password with a reset link, ends every session of the account, and tells the
     * member by mail. Opening the link also proves the address, so it counts as verified.
     *
     * @throws Refusal {@code newPassword} for a password the policy refuses, {@code token} for a
     *                 link that is unknown, used or expired
     */
    public void reset(String token, String newPassword) {
        PasswordPolicy.problem(newPassword).ifPresent(key -> {
            throw new Refusal("newPassword", key);
        });
        long memberId = tokens.consume(AccountTokens.Purpose.RESET, token)
                .orElseThrow(() -> new Refusal("token", "account.reset.linkInvalid"));
        Member member = em.find(Member.class, memberId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        member.changePasswordHash(hasher.hash(newPassword), now);
        member.verifyEmail(now);
        tokens.spendAll(memberId, AccountTokens.Purpose.RESET);
        sessions.endAllBut(memberId, null);
        mails.send(member, "passwordChanged", "/forgot-password");
    }
}
