package social.rapport.plugins.recruiter.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import social.rapport.spi.capability.Capabilities;
import social.rapport.spi.platform.PlatformClock;

/**
 * The organisation a member named when applying for {@link RecruiterCapability#ID}. The admin who
 * approves the application in the core's queue approves the member as a recruiter of that
 * organisation: on the member's next visit to the desk, while they hold the capability, the claim
 * joins them to the organisation of that name (approving it if it was still waiting) or creates it,
 * approved. A declined or still pending application leaves the claim untouched.
 */
@ApplicationScoped
public class OrganisationClaims {

    @Inject
    OrganisationRepository organisations;

    @Inject
    Capabilities capabilities;

    @Inject
    PlatformClock clock;

    /** In the core's application transaction: the latest application's organisation wins. */
    void keep(long memberId, String name) {
        String n = OrganisationRules.name(name);
        organisations.saveClaim(memberId, n, OrganisationRules.slug(n), clock.clock().instant());
    }

    /** The organisation named in the member's application, not yet settled. */
    public Optional<String> pending(long memberId) {
        return organisations.claim(memberId).map(OrganisationRepository.Claim::name);
    }

    /** Turns an approved member's claim into their organisation; idempotent, a no-op without a claim or the capability. */
    @Transactional
    public void settle(long memberId) {
        Optional<OrganisationRepository.Claim> claim = organisations.claimForUpdate(memberId);
        if (claim.isEmpty() || !capabilities.holds(memberId, RecruiterCapability.ID)) {
            return;
        }
        Instant now = clock.clock().instant();
        Optional<Organisation> existing = organisations.bySlug(claim.get().slug());
        if (existing.isPresent()) {
            organisations.addRecruiter(existing.get().id(), memberId, now);
            organisations.approveByCapability(existing.get().id(), now);
        } else {
            long id = organisations.insert(claim.get().slug(), claim.get().name(), null, "", memberId, now);
            organisations.approveByCapability(id, now);
        }
        organisations.deleteClaim(memberId);
    }
}
