package social.rapport.plugins.sponsored.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.spi.platform.Images;
import social.rapport.spi.platform.Viewer;

/**
 * The creative's optional image. It goes through the core's photo checks ({@link Images}: JPEG, PNG
 * or WebP, at most 5 MB, re-encoded as JPEG without metadata) and, like any change to the creative,
 * only on a campaign still in draft or rejected: the admin reviews the ad with its image. Who sees it:
 * anyone once the ad ran (the public library shows it), before that only its advertiser and admins.
 */
@ApplicationScoped
public class CreativeImages {

    /** The width stored: wide enough for the feed and the library, small enough for a feed page. */
    public static final int WIDTH = 800;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignRepository repository;

    @Inject
    CreativeImageRepository images;

    @Inject
    Images checks;

    @Transactional
    public void attach(Viewer viewer, long campaignId, byte[] upload) {
        Campaign campaign = campaigns.own(viewer, campaignId);
        requireEditable(campaign);
        Map<Integer, byte[]> prepared;
        try {
            prepared = checks.prepare(upload, List.of(WIDTH));
        } catch (Images.RejectedImage rejected) {
            throw refusal(rejected);
        }
        // an image narrower than the width comes back once, at its own width
        byte[] jpeg = prepared.containsKey(WIDTH) ? prepared.get(WIDTH) : prepared.values().iterator().next();
        if (!images.store(campaignId, WIDTH, jpeg)) {
            throw new SponsoredRefusal("file", "sponsored.error.notEditable");
        }
    }

    @Transactional
    public void remove(Viewer viewer, long campaignId) {
        requireEditable(campaigns.own(viewer, campaignId));
        if (!images.remove(campaignId)) {
            throw new SponsoredRefusal("file", "sponsored.error.notEditable");
        }
    }

    /** The image's JPEG for this viewer, or empty (no image, purged, or not theirs to see yet). */
    public Optional<byte[]> jpeg(Viewer viewer, long campaignId) {
        Optional<Campaign> campaign = repository.find(campaignId).filter(Campaign::hasImage);
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        boolean ran = repository.shown(campaignId);
        boolean own = viewer.signedIn() && (viewer.admin() || campaign.get().advertiserId() == viewer.memberId());
        return ran || own ? images.jpeg(campaignId) : Optional.empty();
    }

    /** The refusal, on the field {@code file}, for an image the core's checks (or {@link Images#read}) refused. */
    public static SponsoredRefusal refusal(Images.RejectedImage rejected) {
        return new SponsoredRefusal("file", switch (rejected.reason()) {
            case MISSING -> "sponsored.image.missing";
            case TOO_LARGE -> "sponsored.image.tooLarge";
            case WRONG_TYPE -> "sponsored.image.wrongType";
            case TOO_MANY_PIXELS -> "sponsored.image.tooManyPixels";
            case UNREADABLE -> "sponsored.image.unreadable";
        });
    }

    private static void requireEditable(Campaign campaign) {
        if (!campaign.status().editable()) {
            throw new SponsoredRefusal("file", "sponsored.error.notEditable");
        }
    }
}
