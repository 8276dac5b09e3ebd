package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignRepository;
import social.rapport.plugins.sponsored.delivery.AdControls;
import social.rapport.plugins.sponsored.delivery.AdReason;
import social.rapport.plugins.sponsored.delivery.Impression;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/ad.xhtml?i=<token>}: about an ad the member was shown — who paid, on whose
 * behalf, what matched — and hide it, hide the advertiser, or report it. Only the member it was
 * shown to opens it.
 */
@Named
@ViewScoped
public class AboutAd implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    AdControls controls;

    @Inject
    CampaignRepository campaigns;

    private String i;
    private Impression impression;
    private Campaign campaign;
    private String reason;

    public void load() {
        try {
            impression = controls.shownTo(viewer.get(), i);
            campaign = campaigns.find(impression.campaignId()).orElseThrow(() -> new SponsoredNotFound("ad"));
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
    }

    public String hide() {
        return act(() -> controls.hide(viewer.get(), i), "sponsored.hidden");
    }

    public String hideAdvertiser() {
        return act(() -> controls.hideAdvertiser(viewer.get(), i), "sponsored.hiddenAdvertiser");
    }

    public String report() {
        return act(() -> {
            AdReason why;
            try {
                why = reason == null ? null : AdReason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                why = null;
            }
            controls.report(viewer.get(), i, why);
        }, "sponsored.reported");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            PAGES.flash(done);
            return "/home?faces-redirect=true";
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("report", refusal.field(), refusal.messageKey(), refusal.args());
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    public AdReason[] getReasons() { return AdReason.values(); }
    public String getI() { return i; }
    public void setI(String i) { this.i = i; }
    public Impression getImpression() { return impression; }
    public Campaign getCampaign() { return campaign; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
