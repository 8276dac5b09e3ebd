package social.rapport.core.account;

import social.rapport.core.platform.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import social.rapport.spi.capability.Capabilities;
import social.rapport.spi.platform.Viewer;

/**
 * Who is making the current request, as services need to know it. Admin rights are read from
 * the database (and the operator's list) on each request, so a revoked admin loses them at once,
 * not at their next sign-in.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    AdminEmails adminEmails;

    /** Through the SPI interface, so that accounts do not depend on the capability feature. */
    @Inject
    Capabilities capabilities;

    private Optional<Member> member;

    private Set<String> held;

    /** The signed-in member, if any (suspended members count as signed out). */
    public Optional<Member> member() {
        if (member == null) {
            Principal principal = security.getCallerPrincipal();
            member = principal == null ? Optional.empty() : parse(principal.getName()).flatMap(accounts::find)
                    .filter(m -> !m.isSuspended());
        }
        return member;
    }

    public boolean signedIn() {
        return member().isPresent();
    }

    public long memberId() {
        return member().orElseThrow(() -> new AccessDenied("not signed in")).getId();
    }

    public boolean isAdmin() {
        return member().map(m -> m.isAdmin() || adminEmails.contains(m.getEmail())).orElse(false);
    }

    /** Throws {@link AccessDenied} unless the caller is an admin. */
    public Member requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDenied("admin only");
        }
        return member().orElseThrow();
    }

    public Viewer viewer(Locale locale) {
        return member().map(m -> new Viewer(m.getId(), isAdmin(), locale, capabilities())).orElseGet(() -> Viewer.anonymous(locale));
    }

    /** The plugin capabilities the signed-in member holds, read once per request. */
    public Set<String> capabilities() {
        if (held == null) {
            held = member().map(m -> capabilities.of(m.getId())).orElse(Set.of());
        }
        return held;
    }

    private static Optional<Long> parse(String name) {
        try {
            return Optional.of(Long.valueOf(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
