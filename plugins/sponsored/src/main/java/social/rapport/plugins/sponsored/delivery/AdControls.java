package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignRepository;
import social.rapport.plugins.sponsored.campaign.CampaignStatus;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.spi.platform.Viewer;

/**
 * What a member does with an ad they were shown (identified by the impression's opaque token, which
 * only that member may use): hide it, hide its advertiser, report it. Reports past the admin's
 * threshold pause the campaign and send it back to review.
 */
@ApplicationScoped
public class AdControls {

    @Inject
    DeliveryRepository delivery;

    @Inject
    CampaignRepository campaigns;

    @Inject
    MemberChoices choices;

    @Inject
    SponsoredSettings settings;

    @Inject
    Clock clock;

    /** The ad behind a token, for the member who was shown it; not found for anyone else. */
    public Impression shownTo(Viewer viewer, String token) {
        if (!viewer.signedIn()) {
            throw new SponsoredForbidden("sign in");
        }
        UUID id;
        try {
            id = UUID.fromString(token == null ? "" : token.strip());
        } catch (IllegalArgumentException e) {
            throw new SponsoredNotFound("ad");
        }
        return delivery.impression(id).filter(i -> i.memberId() == viewer.memberId())
                .orElseThrow(() -> new SponsoredNotFound("ad"));
    }

    @Transactional
    public void hide(Viewer viewer, String token) {
        Impression shown = shownTo(viewer, token);
        choices.hideCampaign(viewer.memberId(), shown.campaignId(), clock.instant());
    }

    @Transactional
    public void hideAdvertiser(Viewer viewer, String token) {
        Impression shown = shownTo(viewer, token);
        Campaign campaign = campaigns.find(shown.campaignId()).orElseThrow(() -> new SponsoredNotFound("ad"));
        choices.hideAdvertiser(viewer.memberId(), campaign.advertiserId(), clock.instant());
    }

    /** Records the member's report (once per campaign) and hides the ad for them; true when it paused the campaign. */
    @Transactional
    public boolean report(Viewer viewer, String token, AdReason reason) {
        Impression shown = shownTo(viewer, token);
        if (reason == null) {
            throw new SponsoredRefusal("reason", "sponsored.error.report.reason");
        }
        delivery.report(shown.campaignId(), viewer.memberId(), reason, clock.instant());
        choices.hideCampaign(viewer.memberId(), shown.campaignId(), clock.instant());
        long reports = delivery.reports(shown.campaignId());
        if (reports >= settings.get(Setting.REPORT_THRESHOLD)) {
            return campaigns.move(shown.campaignId(), List.of(CampaignStatus.RUNNING, CampaignStatus.PAUSED), CampaignStatus.REVIEW,
                    "REPORTS", null, null, clock.instant());
        }
        return false;
    }
}
