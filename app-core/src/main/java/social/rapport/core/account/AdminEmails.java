package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrators the operator names in configuration ({@code rapport.admin.emails},
 * environment {@code RAPPORT_ADMIN_EMAILS}, comma-separated). They are admins whatever the
 * application says once they verified that address, so an operator can never be locked out of
 * the admin area.
 */
@ApplicationScoped
public class AdminEmails {

    private final Set<String> emails;

    @Inject
    public AdminEmails(@ConfigProperty(name = "rapport.admin.emails", defaultValue = " ") String configured) {
        this.emails = Arrays.stream(configured.split(","))
                .map(EmailAddress::normalise)
                .filter(email -> !email.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    protected AdminEmails() {
        this.emails = Set.of();
    }

    /**
     * Whether the member is an admin: granted in the application, or named by the operator and
     * verified (so that nobody who merely signs up with a listed address before its owner does
     * becomes admin).
     */
    public boolean isAdmin(Member member) {
        return member.isAdmin() || member.isEmailVerified() && contains(member.getEmail());
    }

    public boolean contains(String email) {
        return emails.contains(EmailAddress.normalise(email));
    }
}
