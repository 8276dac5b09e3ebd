package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.advertiser.Advertiser;
import social.rapport.plugins.sponsored.advertiser.AdvertiserService;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignService;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/index.xhtml}: how to become an advertiser (the core's "My roles" page), and for
 * holders of the capability whom they advertise for and who pays (changeable) and their campaigns.
 */
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
    private boolean holder;
    private List<Campaign> mine = List.of();
    private String organisation;
    private String payer;

    public void load() {
        advertiser = advertisers.of(viewer.requireMember()).orElse(null);
        holder = advertisers.holds(viewer.get());
        if (holder && advertiser != null) {
            mine = campaigns.mine(viewer.get());
            organisation = advertiser.organisation();
            payer = advertiser.payer();
        }
    }

    public String describe() {
        try {
            advertisers.describe(viewer.get(), organisation, payer);
            PAGES.flash("sponsored.described");
            return "/p/sponsored/index.xhtml?faces-redirect=true";
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("advertiser", refusal.field(), refusal.messageKey(), refusal.args());
            return null;
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
            return null;
        }
    }

    public Advertiser getAdvertiser() {
        return advertiser;
    }

    /** Holds the capability now (an admin may have revoked it since the answers were given). */
    public boolean isHolder() {
        return holder;
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
