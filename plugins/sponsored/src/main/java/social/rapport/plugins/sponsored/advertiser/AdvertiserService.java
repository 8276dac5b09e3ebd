package social.rapport.plugins.sponsored.advertiser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.spi.capability.Capabilities;
import social.rapport.spi.platform.Viewer;

/**
 * Who may advertise: holders of {@link AdvertiserCapability#ID} (granted by an admin in the core,
 * read from PostgreSQL on every call, so a revoke applies at the next request) who said whom they
 * advertise for and who pays. {@link #requireAdvertiser} is the check every advertiser action makes.
 */
@ApplicationScoped
public class AdvertiserService {

    public static final int NAME_MAX = 120;

    @Inject
    AdvertiserRepository repository;

    @Inject
    Capabilities capabilities;

    @Inject
    Clock clock;

    /** What the member answered (or later changed), whether or not they hold the capability. */
    public Optional<Advertiser> of(long memberId) {
        return repository.find(memberId);
    }

    public boolean holds(Viewer viewer) {
        return viewer.signedIn() && capabilities.holds(viewer.memberId(), AdvertiserCapability.ID);
    }

    /** The advertiser behind this viewer, or {@link SponsoredForbidden} (not a holder, or no organisation and payer yet). */
    public Advertiser requireAdvertiser(Viewer viewer) {
        if (!holds(viewer)) {
            throw new SponsoredForbidden("not an advertiser");
        }
        return repository.find(viewer.memberId()).orElseThrow(() -> new SponsoredForbidden("no organisation and payer yet"));
    }

    /** The answers of an application, checked by the core (present, at most {@link #NAME_MAX}), in its transaction. */
    void keep(long memberId, String organisation, String payer) {
        repository.save(memberId, organisation, payer, clock.instant());
    }

    /**
     * A holder changes whom they advertise for or who pays (or says it for the first time, when an
     * admin granted the capability without an application). New campaigns carry the new names.
     */
    @Transactional
    public void describe(Viewer viewer, String organisation, String payer) {
        if (!holds(viewer)) {
            throw new SponsoredForbidden("not an advertiser");
        }
        String org = organisation == null ? "" : organisation.strip();
        String pays = payer == null ? "" : payer.strip();
        if (org.isEmpty()) {
            throw new SponsoredRefusal("organisation", "sponsored.error.organisation.required");
        }
        if (org.length() > NAME_MAX) {
            throw new SponsoredRefusal("organisation", "sponsored.error.organisation.long", NAME_MAX);
        }
        if (pays.isEmpty()) {
            throw new SponsoredRefusal("payer", "sponsored.error.payer.required");
        }
        if (pays.length() > NAME_MAX) {
            throw new SponsoredRefusal("payer", "sponsored.error.payer.long", NAME_MAX);
        }
        repository.save(viewer.memberId(), org, pays, clock.instant());
    }
}
