package social.rapport.core.account;

import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.platform.ClientAddress;
import social.rapport.core.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/** Creating accounts and changing passwords, with the rules that guard them. */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final int MAX_DISPLAY_NAME = 100;

    @Inject
    RateLimits rateLimits;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    Event<MemberSignedUp> signedUp;

    @Inject
    AccountMails mails;

    @Inject
    MailRequests mailRequests;

    @Inject
    MemberSessions sessions;

    /** "Someone tried to sign up with your address" mails an address may get in an hour. */
    static final int MAX_TAKEN_MAILS_PER_HOUR = 3;

    /**
     * Creates an account and sends it a verification link. When the address already has an
     * account nothing is created, its owner gets a "someone tried to sign up" mail instead, and
     * the caller hears the same as for a new account: a stranger learns nothing.
     *
     * @param language the page language, which the member's mail will be written in
     * @throws Refusal for a malformed email, a missing or over-long name, or a password the
     *                 {@link PasswordPolicy} refuses; nothing is stored then
     */
    public void signUp(String email, String displayName, String password, String language) {
        String normalised = EmailAddress.normalise(email);
        EmailAddress.problem(normalised).ifPresent(key -> {
            throw new Refusal("email", key);
        });
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new Refusal("displayName", "account.displayName.required");
        }
        if (name.length() > MAX_DISPLAY_NAME) {
            throw new Refusal("displayName", "account.displayName.tooLong");
        }
        PasswordPolicy.problem(password).ifPresent(key -> {
            throw new Refusal("password", key);
        });
        String address = clientAddress.of(request);
        rateLimits.take(LimitedAction.SIGN_UP, address, "email"); // counted whether the address is taken or not
        String hash = hasher.hash(password); // also when the address is taken, so that timing does not tell
        Optional<Member> existing = findByEmail(normalised);
        if (existing.isPresent()) {
            tellOwner(existing.get(), address);
            return;
        }
        Member member = new Member(normalised, name, hash, "it".equals(language) ? "it" : "en", OffsetDateTime.now(clock));
        em.persist(member);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // another sign-up with the same email committed in between: its owner was told
            return;
        }
        signedUp.fire(new MemberSignedUp(member.getId(), member.getEmail(), member.getDisplayName()));
    }

    private void tellOwner(Member owner, String clientAddress) {
        if (mailRequests.forEmail("SIGNUP", owner.getEmail(), Duration.ofHours(1)) >= MAX_TAKEN_MAILS_PER_HOUR) {
            return;
        }
        mailRequests.record("SIGNUP", owner.getEmail(), clientAddress == null ? "" : clientAddress);
        mails.send(owner, "signupTaken", "/forgot-password");
    }

    /**
     * Changes a member's password after checking the current one, and ends the member's other
     * sessions (all but the one with {@code keepSessionKey}).
     *
     * @throws Refusal when the current password is wrong or the new one is refused
     */
    public void changePassword(long memberId, String currentPassword, String newPassword, String keepSessionKey) {
        Member member = em.find(Member.class, memberId);
        if (member == null || currentPassword == null || currentPassword.length() > 2 * PasswordPolicy.MAX_LENGTH) {
            throw new Refusal("currentPassword", "account.password.currentWrong");
        }
        // guessing the current password (from a session left open, say) is throttled like
        // sign-in, in the same counts: wrong ones pause this address + account for both
        String address = clientAddress.of(request);
        if (throttle.pausedUntil(member.getEmail(), address).isPresent()) {
            throttle.recordPaused(member.getEmail(), address);
            throw new Refusal("currentPassword", "account.password.paused");
        }
        if (!hasher.verify(currentPassword, member.getPasswordHash())) {
            boolean pausedNow = throttle.recordFailure(member.getEmail(), address).isPresent();
            throw new Refusal("currentPassword", pausedNow ? "account.password.paused" : "account.password.currentWrong");
        }
        PasswordPolicy.problem(newPassword).ifPresent(key -> {
            throw new Refusal("newPassword", key);
        });
        if (newPassword.equals(currentPassword)) {
            throw new Refusal("newPassword", "account.password.unchanged");
        }
        member.changePasswordHash(hasher.hash(newPassword), OffsetDateTime.now(clock));
        sessions.endAllBut(memberId, keepSessionKey);
        mails.send(member, "passwordChanged", "/forgot-password");
    }

    public Optional<Member> findByEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", EmailAddress.normalise(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }
}
