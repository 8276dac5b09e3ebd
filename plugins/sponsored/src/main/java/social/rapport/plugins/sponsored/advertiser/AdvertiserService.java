package social.rapport.plugins.sponsored.advertiser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.Viewer;

/**
 * The advertiser capability {@code sponsored.advertiser}: a member applies with the organisation
 * they advertise for and who pays; an admin approves or declines (with a reason), or later revokes.
 * {@link #requireAdvertiser} is the check every advertiser action makes.
 */
@ApplicationScoped
public class AdvertiserService {

    public static final int NAME_MAX = 120;
    public static final int REASON_MAX = 500;

    @Inject
    AdvertiserRepository repository;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    public Optional<Advertiser> of(long memberId) {
        return repository.find(memberId);
    }

    /** The approved advertiser behind this viewer, or {@link SponsoredForbidden}. */
    public Advertiser requireAdvertiser(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new SponsoredForbidden("sign in");
        }
        return repository.find(viewer.memberId()).filter(Advertiser::approved)
                .orElseThrow(() -> new SponsoredForbidden("not an approved advertiser"));
    }

    @Transactional
    public void apply(Viewer viewer, String organisation, String payer) {
        if (!viewer.signedIn()) {
            throw new SponsoredForbidden("sign in");
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
        if (!repository.apply(viewer.memberId(), org, pays, clock.instant())) {
            throw new SponsoredRefusal("organisation", "sponsored.error.apply.already");
        }
    }

    @Transactional
    public void approve(Viewer admin, long memberId) {
        requireAdmin(admin);
        if (!repository.decide(memberId, AdvertiserStatus.PENDING, AdvertiserStatus.APPROVED, null, admin.memberId(), clock.instant())) {
            throw new SponsoredRefusal("application", "sponsored.error.application.notPending");
        }
        notifier.send(new Notice(memberId, "sponsored.advertiser", null, "Your advertiser application was approved.", "/p/sponsored/index.xhtml", null));
    }

    @Transactional
    public void decline(Viewer admin, long memberId, String reason) {
        requireAdmin(admin);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new SponsoredRefusal("reason", "sponsored.error.reason.required", REASON_MAX);
        }
        if (!repository.decide(memberId, AdvertiserStatus.PENDING, AdvertiserStatus.DECLINED, why, admin.memberId(), clock.instant())) {
            throw new SponsoredRefusal("application", "sponsored.error.application.notPending");
        }
        notifier.send(new Notice(memberId, "sponsored.advertiser", null, "Your advertiser application was declined: " + why, "/p/sponsored/index.xhtml", null));
    }

    static void requireAdmin(Viewer viewer) {
        if (!viewer.signedIn() || !viewer.admin()) {
            throw new SponsoredForbidden("admins only");
        }
    }
}
