package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The Jakarta Security identity store over our members table. The caller principal's name is
 * the member id (stable when the email changes); groups are the roles {@code member} and, for
 * admins, {@code admin}. Every attempt goes through {@link SignInThrottle}.
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
    HttpServletRequest request;

    @Inject
    Event<MemberSignedIn> signedIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = EmailAddress.normalise(credential.getCaller());
        String password = credential.getPasswordAsString();
        String address = request.getRemoteAddr();

        if (throttle.lockedUntil(email).isPresent()) {
            throttle.recordRefusedWhileLocked(email, address);
            outcome.fail(SignInOutcome.Failure.LOCKED);
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
            boolean lockedNow = throttle.recordFailure(email, address);
            if (lockedNow) {
                LOG.warning(() -> "Sign-in for an account locked after repeated failures (address " + address + ")");
            }
            outcome.fail(lockedNow ? SignInOutcome.Failure.LOCKED : SignInOutcome.Failure.WRONG_CREDENTIALS);
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
