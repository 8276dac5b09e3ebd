package social.rapport.plugins.recruiter.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.Members;
import social.rapport.spi.platform.PlatformClock;

/**
 * Creating an organisation (any member; it waits for an admin), approving it (admins), adding
 * recruiters (its recruiters), and the check every recruiter action makes: the caller is a
 * recruiter of that approved organisation.
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

    @Transactional
    public Organisation create(String name, String website, String description) {
        long me = viewer.requireMember();
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
        organisations.addRecruiter(organisationId, member, clock.clock().instant());
    }

    /** The organisation when the caller is one of its recruiters and an admin approved it; else Forbidden. */
    public Organisation requireRecruiter(long organisationId) {
        long me = viewer.requireMember();
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

    public List<Organisation> mine() {
        return organisations.ofRecruiter(viewer.requireMember());
    }

    public List<Organisation> pending() {
        if (!viewer.get().admin()) {
            throw new Forbidden("admins only");
        }
        return organisations.pending();
    }
}
