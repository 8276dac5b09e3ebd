package social.rapport.plugins.sponsored.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredNotices;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.advertiser.Advertiser;
import social.rapport.plugins.sponsored.advertiser.AdvertiserService;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.plugins.sponsored.targeting.AudienceEstimate;
import social.rapport.plugins.sponsored.targeting.AudienceRules;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.Viewer;

/**
 * What advertisers and admins do with campaigns. Advertisers act only on their own campaigns
 * (another advertiser's campaign is "not found", so ids cannot be probed); every campaign is
 * reviewed by an admin before it runs; admins pause any campaign.
 */
@ApplicationScoped
public class CampaignService {

    public static final int REASON_MAX = 500;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AdvertiserService advertisers;

    @Inject
    AudienceEstimate audience;

    @Inject
    SponsoredSettings settings;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** The caller's own campaign, or not found (also for another advertiser's). */
    public Campaign own(Viewer viewer, long id) {
        Advertiser advertiser = advertisers.requireAdvertiser(viewer);
        return campaigns.find(id).filter(c -> c.advertiserId() == advertiser.memberId())
                .orElseThrow(() -> new SponsoredNotFound("campaign " + id));
    }

    public List<Campaign> mine(Viewer viewer) {
        return campaigns.ofAdvertiser(advertisers.requireAdvertiser(viewer).memberId());
    }

    @Transactional
    public long create(Viewer viewer, CampaignDraft draft) {
        Advertiser advertiser = advertisers.requireAdvertiser(viewer);
        CampaignRules.checkDraft(draft);
        return campaigns.create(advertiser.memberId(), advertiser.organisation(), advertiser.payer(), draft, clock.instant());
    }

    @Transactional
    public void update(Viewer viewer, long id, CampaignDraft draft) {
        Campaign campaign = own(viewer, id);
        if (!campaign.status().editable()) {
            throw new SponsoredRefusal("name", "sponsored.error.notEditable");
        }
        CampaignRules.checkDraft(draft);
        campaigns.update(id, draft);
    }

    /** Sends a draft to the admins' review queue: complete, in the future, with an audience above the minimum. */
    @Transactional
    public void submit(Viewer viewer, long id) {
        Campaign campaign = own(viewer, id);
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new SponsoredRefusal("status", "sponsored.error.notDraft");
        }
        CampaignRules.checkSubmit(campaign.draft(), today());
        int minimum = settings.get(Setting.MIN_AUDIENCE);
        if (!AudienceRules.largeEnough(audience.size(campaign.targeting()), minimum)) {
            throw new SponsoredRefusal("audience", "sponsored.error.audience.small", minimum);
        }
        campaigns.move(id, List.of(CampaignStatus.DRAFT), CampaignStatus.REVIEW, null, null, null, clock.instant());
    }

    /** The advertiser pauses a running campaign, or resumes one they paused themselves. */
    @Transactional
    public void pauseOwn(Viewer viewer, long id) {
        own(viewer, id);
        if (!campaigns.move(id, List.of(CampaignStatus.RUNNING), CampaignStatus.PAUSED, "ADVERTISER", null, null, clock.instant())) {
            throw new SponsoredRefusal("status", "sponsored.error.notRunning");
        }
    }

    @Transactional
    public void resumeOwn(Viewer viewer, long id) {
        Campaign campaign = own(viewer, id);
        if (campaign.status() != CampaignStatus.PAUSED || !"ADVERTISER".equals(campaign.pausedBy())
                || !campaigns.move(id, List.of(CampaignStatus.PAUSED), CampaignStatus.RUNNING, null, null, null, clock.instant())) {
            throw new SponsoredRefusal("status", "sponsored.error.notPausedByYou");
        }
    }

    @Transactional
    public void approve(Viewer admin, long id) {
        Campaign campaign = requireAdminCampaign(admin, id);
        if (!campaigns.move(id, List.of(CampaignStatus.REVIEW), CampaignStatus.RUNNING, null, null, admin.memberId(), clock.instant())) {
            throw new SponsoredRefusal("status", "sponsored.error.notInReview");
        }
        notify(campaign, "Your campaign \u201c" + campaign.name() + "\u201d was approved and runs from " + campaign.start() + ".");
    }

    @Transactional
    public void reject(Viewer admin, long id, String reason) {
        Campaign campaign = requireAdminCampaign(admin, id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new SponsoredRefusal("reason", "sponsored.error.reason.required", REASON_MAX);
        }
        if (!campaigns.move(id, List.of(CampaignStatus.REVIEW), CampaignStatus.REJECTED, null, why, admin.memberId(), clock.instant())) {
            throw new SponsoredRefusal("status", "sponsored.error.notInReview");
        }
        notify(campaign, "Your campaign \u201c" + campaign.name() + "\u201d was rejected: " + why);
    }

    /** An admin pauses any running campaign; only an admin resumes it. */
    @Transactional
    public void pauseAsAdmin(Viewer admin, long id) {
        Campaign campaign = requireAdminCampaign(admin, id);
        if (!campaigns.move(id, List.of(CampaignStatus.RUNNING, CampaignStatus.PAUSED), CampaignStatus.PAUSED, "ADMIN", null,
                admin.memberId(), clock.instant())) {
            throw new SponsoredRefusal("status", "sponsored.error.notRunning");
        }
        notify(campaign, "Your campaign \u201c" + campaign.name() + "\u201d was paused by an administrator.");
    }

    @Transactional
    public void resumeAsAdmin(Viewer admin, long id) {
        requireAdminCampaign(admin, id);
        if (!campaigns.move(id, List.of(CampaignStatus.PAUSED), CampaignStatus.RUNNING, null, null, admin.memberId(), clock.instant())) {
            throw new SponsoredRefusal("status", "sponsored.error.notPaused");
        }
    }

    private Campaign requireAdminCampaign(Viewer admin, long id) {
        if (!admin.signedIn() || !admin.admin()) {
            throw new SponsoredForbidden("admins only");
        }
        return campaigns.find(id).orElseThrow(() -> new SponsoredNotFound("campaign " + id));
    }

    private void notify(Campaign campaign, String text) {
        notifier.send(new Notice(campaign.advertiserId(), SponsoredNotices.CAMPAIGN, null, text,
                "/p/sponsored/campaign.xhtml?id=" + campaign.id(), null));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
