package social.rapport.plugins.recruiter.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.platform.Images;
import social.rapport.spi.platform.PlatformClock;

/**
 * Editing an organisation's page: its name, website (http or https) and description, and its logo,
 * which goes through the core's image checks ({@link Images}: JPEG, PNG or WebP, at most 5 MB,
 * re-encoded as JPEG without metadata). Only the organisation's recruiters, while they hold the role
 * and the organisation is approved ({@link OrganisationService#requireRecruiter}), checked here on
 * every call whatever form posted it. The slug, the page's address, stays when the name changes.
 * The logo is public once the organisation is approved, like its page.
 */
@ApplicationScoped
public class OrganisationPages {

    /** The stored width: enough for the organisation page and job pages (shown at 96 px or less). */
    public static final int LOGO_WIDTH = 200;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationRepository repository;

    @Inject
    Images images;

    @Inject
    PlatformClock clock;

    /** The organisation, for its edit form; Forbidden / NotFound like every recruiter action. */
    public Organisation forEditing(long organisationId) {
        return organisations.requireRecruiter(organisationId);
    }

    @Transactional
    public Organisation edit(long organisationId, String name, String website, String description) {
        organisations.requireRecruiter(organisationId);
        repository.edit(organisationId, OrganisationRules.name(name), OrganisationRules.website(website),
                OrganisationRules.description(description));
        return repository.find(organisationId).orElseThrow();
    }

    @Transactional
    public void setLogo(long organisationId, byte[] upload) {
        organisations.requireRecruiter(organisationId);
        Map<Integer, byte[]> prepared;
        try {
            prepared = images.prepare(upload, List.of(LOGO_WIDTH));
        } catch (Images.RejectedImage rejected) {
            throw logoRefusal(rejected);
        }
        // an image narrower than the width comes back once, at its own width
        byte[] jpeg = prepared.containsKey(LOGO_WIDTH) ? prepared.get(LOGO_WIDTH) : prepared.values().iterator().next();
        repository.storeLogo(organisationId, jpeg, clock.clock().instant());
    }

    @Transactional
    public void removeLogo(long organisationId) {
        organisations.requireRecruiter(organisationId);
        repository.removeLogo(organisationId);
    }

    /** The logo of an approved organisation, for anyone (its page is public); empty otherwise. */
    public Optional<byte[]> logo(long organisationId) {
        return repository.logo(organisationId);
    }

    /** The refusal, on the field {@code file}, for a logo the core's checks (or {@link Images#read}) refused. */
    public static Refusal logoRefusal(Images.RejectedImage rejected) {
        return new Refusal("file", switch (rejected.reason()) {
            case MISSING -> "recruiter.logo.missing";
            case TOO_LARGE -> "recruiter.logo.tooLarge";
            case WRONG_TYPE -> "recruiter.logo.wrongType";
            case TOO_MANY_PIXELS -> "recruiter.logo.tooManyPixels";
            case UNREADABLE -> "recruiter.logo.unreadable";
        });
    }
}
