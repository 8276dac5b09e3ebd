package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import social.rapport.core.platform.ClientAddress;

/**
 * The Jakarta Security identity store over our members table. The caller principal's name is
 * the member id (stable when the email changes); groups are the roles {@code member} and, for
 * admins, {@code admin}. Every attempt goes through {@link SignInThrottle}; input too long to
 * belong to an account is refused before any password hash is computed, and still counted.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(MemberIdentityStore.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInOutcome outcome;

    @Inject
    AdminEmails adminEmails;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @Inject
    Event<MemberSignedIn> signedIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = EmailAddress.normalise(credential.getCaller());
        String password = credential.getPasswordAsString();
        String address = clientAddress.of(request);

        if (email.length() > EmailAddress.MAX_LENGTH || (password != null && password.length() > 2 * PasswordPolicy.MAX_LENGTH)) {
            // no account has such an email or password (a password is at most 128 code points,
            // 256 chars): refuse without the cost of a hash, but count it against the address
            throttle.recordRefused(email, address);
            outcome.fail(SignInOutcome.Failure.WRONG_CREDENTIALS);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<OffsetDateTime> paused = throttle.pausedUntil(email, address);
        if (paused.isPresent()) {
            throttle.recordPaused(email, address);
            outcome.paused(throttle.minutesUntil(paused.get()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Member> member = accounts.findByEmail(email);
        boolean valid;
        if (member.isPresent()) {
            valid = password != null && hasher.verify(password, member.get().getPasswordHash());
        } else {
            hasher.verifyDecoy(password == null ? "" : password);
            valid = false;
        }
        if (valid && member.get().isSuspended()) {
            valid = false;
        }
        if (!valid) {
            Optional<OffsetDateTime> pausedNow = throttle.recordFailure(email, address);
            if (pausedNow.isPresent()) {
                LOG.warning(() -> "Sign-in paused after repeated failures (address " + address + ")");
                outcome.paused(throttle.minutesUntil(pausedNow.get()));
            } else {
                outcome.fail(SignInOutcome.Failure.WRONG_CREDENTIALS);
            }
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.recordSuccess(email, address);
        Member m = member.get();
        signedIn.fire(new MemberSignedIn(m.getId()));
        Set<String> groups = adminEmails.isAdmin(m)
                ? Set.of(Roles.MEMBER, Roles.ADMIN)
                : Set.of(Roles.MEMBER);
        return new CredentialValidationResult(String.valueOf(m.getId()), groups);
    }
}
