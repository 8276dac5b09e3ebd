package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.advertiser.Advertiser;
import social.rapport.plugins.sponsored.advertiser.AdvertiserService;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignService;
import social.rapport.spi.platform.CurrentViewer;

/** {@code /p/sponsored/index.xhtml}: apply to advertise (organisation and payer), see the decision, or list one's campaigns. */
@Named
@ViewScoped
public class AdvertiserHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    AdvertiserService advertisers;

    @Inject
    CampaignService campaigns;

    private Advertiser advertiser;
    private List<Campaign> mine = List.of();
    private String organisation;
    private String payer;

    public void load() {
        advertiser = advertisers.of(viewer.requireMember()).orElse(null);
        if (advertiser != null && advertiser.approved()) {
            mine = campaigns.mine(viewer.get());
        }
    }

    public String apply() {
        try {
            advertisers.apply(viewer.get(), organisation, payer);
            PAGES.flash("sponsored.applied");
            return "/p/sponsored/index.xhtml?faces-redirect=true";
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("apply", refusal.field(), refusal.messageKey(), refusal.args());
            return null;
        }
    }

    public Advertiser getAdvertiser() {
        return advertiser;
    }

    public boolean isMayApply() {
        return advertiser == null || advertiser.status().name().equals("DECLINED") || advertiser.status().name().equals("REVOKED");
    }

    public List<Campaign> getCampaigns() {
        return mine;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer;
    }
}
