package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
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
 * The first-start path to an administrator without email: while no admin exists, each boot issues
 * a one-time link ({@code /admin/setup?token=}, valid {@link #LIFETIME}) that makes the verified
 * member who opens it an admin. Only the token's SHA-256 is stored; a new link replaces the old.
 */
@ApplicationScoped
@Transactional
public class AdminSetup {

    public static final Duration LIFETIME = Duration.ofHours(24);

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    AdminSetupTokens tokens;

    @Inject
    AdminEmails adminEmails;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Whether an admin exists: granted in the application, or a verified address the operator listed. */
    public boolean adminExists() {
        return tokens.anyGrantedAdmin() || tokens.verifiedEmails().stream().anyMatch(adminEmails::contains);
    }

    /** When no admin exists, a new raw token (the only copy), replacing any unused one. */
    public Optional<String> issueIfNoAdmin() {
        if (adminExists()) {
            return Optional.empty();
        }
        String token = Secrets.newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        tokens.replace(Secrets.hash(token), now, now.plus(LIFETIME));
        return Optional.of(token);
    }

    /** Whether the link would be accepted now (to show the page's button or a message). */
    public boolean valid(String token) {
        return wellFormed(token) && tokens.valid(Secrets.hash(token.strip()), OffsetDateTime.now(clock));
    }

    /** Makes the signed-in, verified caller an admin and uses the link up; recorded like any admin grant. */
    public void claim(String token) {
        long memberId = caller.requireVerified("token");
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!wellFormed(token) || !tokens.consume(Secrets.hash(token.strip()), memberId, now)) {
            throw new Refusal("token", "admin.setup.invalid");
        }
        Member member = em.find(Member.class, memberId);
        if (!member.isAdmin()) {
            member.setAdmin(true);
            em.persist(new AdminRoleChange(memberId, true, memberId, now));
        }
    }

    private static boolean wellFormed(String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
    }
}
