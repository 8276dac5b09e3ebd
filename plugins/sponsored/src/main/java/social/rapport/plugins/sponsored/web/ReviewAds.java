package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignRepository;
import social.rapport.plugins.sponsored.campaign.CampaignService;
import social.rapport.plugins.sponsored.campaign.CampaignStatus;
import social.rapport.plugins.sponsored.report.CampaignReports;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/admin/index.xhtml} (admins; the core guards the folder): campaigns to review
 * (including those paused by reports), running and paused campaigns, delivery per advertiser and
 * the plugin's settings (advertiser applications are on the core's Roles page). Row forms post the
 * row's id as {@code campaign}.
 */
@Named
@ViewScoped
public class ReviewAds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    CampaignService campaignService;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignReports reports;

    @Inject
    SponsoredSettings settings;

    private String reason;
    private final Map<Setting, String> values = new EnumMap<>(Setting.class);

    public void load() {
        settings.all().forEach((s, v) -> values.put(s, Integer.toString(v)));
    }

    public String approveCampaign() {
        return act(() -> campaignService.approve(viewer.get(), param("campaign")), "sponsored.admin.approvedCampaign");
    }

    public String rejectCampaign() {
        return act(() -> campaignService.reject(viewer.get(), param("campaign"), reason), "sponsored.admin.rejectedCampaign");
    }

    public String pauseCampaign() {
        return act(() -> campaignService.pauseAsAdmin(viewer.get(), param("campaign")), "sponsored.paused");
    }

    public String resumeCampaign() {
        return act(() -> campaignService.resumeAsAdmin(viewer.get(), param("campaign")), "sponsored.resumed");
    }

    public String saveSettings() {
        try {
            for (Setting s : Setting.values()) {
                Long value;
                try {
                    value = Long.valueOf(values.getOrDefault(s, "").strip());
                } catch (NumberFormatException e) {
                    value = null;
                }
                settings.set(viewer.get(), s, value);
            }
            PAGES.flash("sponsored.admin.settingsSaved");
            return "/p/sponsored/admin/index.xhtml?faces-redirect=true";
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("settings", refusal.field(), refusal.messageKey(), refusal.args());
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    private static long param(String name) {
        Long id = PAGES.idParam(name);
        if (id == null) {
            throw new SponsoredNotFound(name);
        }
        return id;
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            PAGES.flash(done);
            return "/p/sponsored/admin/index.xhtml?faces-redirect=true";
        } catch (SponsoredRefusal refusal) {
            PAGES.refused(null, refusal.field(), refusal.messageKey(), refusal.args());
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    public List<Campaign> getInReview() { return campaigns.withStatus(CampaignStatus.REVIEW); }
    public List<Campaign> getRunning() { return campaigns.withStatus(CampaignStatus.RUNNING); }
    public List<Campaign> getPaused() { return campaigns.withStatus(CampaignStatus.PAUSED); }
    public List<CampaignReports.AdvertiserFigures> getPerAdvertiser() { return reports.perAdvertiser(); }
    public Setting[] getSettings() { return Setting.values(); }
    public Map<Setting, String> getValues() { return values; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getCurrency() { return settings.currency(); }
}
