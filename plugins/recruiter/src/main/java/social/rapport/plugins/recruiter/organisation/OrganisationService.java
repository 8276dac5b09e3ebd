package social.rapport.plugins.recruiter.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import social.rapport.spi.capability.Capabilities;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.Members;
import social.rapport.spi.platform.PlatformClock;

/**
 * Creating an organisation (holders of {@link RecruiterCapability#ID}; it waits for an admin on the
 * plugin's Organisations tab, unless the capability application named it, see
 * {@link OrganisationClaims}), approving it (admins), adding recruiters (its recruiters, only
 * members who hold the capability), and the check every recruiter action makes: the caller holds
 * the capability now (read from PostgreSQL, so a revoke applies at the next request) and recruits
 * for that approved organisation.
 */
@ApplicationScoped
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentViewer viewer;

    @Inject
    PlatformClock clock;

    @Inject
    Members members;

    @Inject
    Capabilities capabilities;

    @Inject
    OrganisationClaims claims;

    /** Whether the caller holds the recruiter capability now. */
    public boolean holdsCapability() {
        return viewer.get().signedIn() && capabilities.holds(viewer.get().memberId(), RecruiterCapability.ID);
    }

    private long requireHolder() {
        long me = viewer.requireMember();
        if (!capabilities.holds(me, RecruiterCapability.ID)) {
            throw new Forbidden("not a recruiter");
        }
        return me;
    }

    @Transactional
    public Organisation create(String name, String website, String description) {
        long me = requireHolder();
        String n = OrganisationRules.name(name);
        String w = OrganisationRules.website(website);
        String d = OrganisationRules.description(description);
        String base = OrganisationRules.slug(n);
        String slug = base;
        for (int i = 2; organisations.slugTaken(slug); i++) {
            slug = base + "-" + i;
        }
        long id = organisations.insert(slug, n, w, d, me, clock.clock().instant());
        return organisations.find(id).orElseThrow();
    }

    @Transactional
    public void decide(long organisationId, boolean approve) {
        if (!viewer.get().admin()) {
            throw new Forbidden("admins approve organisations");
        }
        if (organisations.decide(organisationId, approve, viewer.requireMember(), clock.clock().instant()) == 0) {
            throw new NotFound("pending organisation " + organisationId);
        }
    }

    /** Adds a member, by handle, as a recruiter of an organisation the caller recruits for. */
    @Transactional
    public void addRecruiter(long organisationId, String handle) {
        requireRecruiter(organisationId);
        long member = members.byHandle(handle == null ? "" : handle.strip().replaceFirst("^@", ""))
                .orElseThrow(() -> new social.rapport.spi.error.Refusal("handle", "recruiter.org.error.handle")).id();
        if (!capabilities.holds(member, RecruiterCapability.ID)) {
            throw new social.rapport.spi.error.Refusal("handle", "recruiter.org.error.notRecruiter");
        }
        organisations.addRecruiter(organisationId, member, clock.clock().instant());
    }

    /** The organisation when the caller is one of its recruiters and an admin approved it; else Forbidden. */
    public Organisation requireRecruiter(long organisationId) {
        long me = requireHolder();
        Organisation o = organisations.find(organisationId).orElseThrow(() -> new NotFound("organisation " + organisationId));
        if (!organisations.isRecruiter(organisationId, me)) {
            throw new Forbidden("not a recruiter of organisation " + organisationId);
        }
        if (!o.approved()) {
            throw new Forbidden("organisation " + organisationId + " is not approved");
        }
        return o;
    }

    public long currentMember() {
        return viewer.requireMember();
    }

    public java.util.Optional<Organisation> bySlug(String slug) {
        return organisations.bySlug(slug == null ? "" : slug).filter(Organisation::approved);
    }

    public List<Organisation> approved() {
        return organisations.approved();
    }

    /** The caller's organisations, after settling what their approved capability application named; none without the capability. */
    public List<Organisation> mine() {
        long me = viewer.requireMember();
        if (!capabilities.holds(me, RecruiterCapability.ID)) {
            return List.of();
        }
        claims.settle(me);
        return organisations.ofRecruiter(me);
    }

    /** The organisation named in the caller's application, while it waits for an admin. */
    public java.util.Optional<String> claimed() {
        return claims.pending(viewer.requireMember());
    }

    public List<Organisation> pending() {
        if (!viewer.get().admin()) {
            throw new Forbidden("admins only");
        }
        return organisations.pending();
    }
}
