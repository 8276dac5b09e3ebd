package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignService;
import social.rapport.plugins.sponsored.report.CampaignReports;
import social.rapport.plugins.sponsored.report.DayFigures;
import social.rapport.plugins.sponsored.report.ReportChart;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.spi.platform.CurrentViewer;

/** {@code /p/sponsored/campaign.xhtml?id=}: one of the advertiser's campaigns, its status actions and its report (chart, table, CSV). */
@Named
@ViewScoped
public class ViewCampaign implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignReports reports;

    @Inject
    SponsoredSettings settings;

    private String id;
    private Campaign campaign;
    private List<DayFigures> days = List.of();
    private DayFigures total;

    public void load() {
        try {
            Long campaignId = PAGES.parseId(id);
            if (campaignId == null) {
                throw new SponsoredNotFound("campaign");
            }
            campaign = campaigns.own(viewer.get(), campaignId);
            days = reports.perDay(campaignId, settings.get(Setting.MIN_AUDIENCE));
            total = reports.total(campaignId);
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
    }

    public String submit() {
        return act(() -> campaigns.submit(viewer.get(), campaign.id()), "sponsored.submitted");
    }

    public String pause() {
        return act(() -> campaigns.pauseOwn(viewer.get(), campaign.id()), "sponsored.paused");
    }

    public String resume() {
        return act(() -> campaigns.resumeOwn(viewer.get(), campaign.id()), "sponsored.resumed");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            PAGES.flash(done);
            return "/p/sponsored/campaign.xhtml?faces-redirect=true&id=" + campaign.id();
        } catch (SponsoredRefusal refusal) {
            PAGES.refused(null, refusal.field(), refusal.messageKey(), refusal.args());
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    /** The chart as SVG markup: numbers and dates only. */
    public String getChart() {
        return ReportChart.svg(days.stream().filter(d -> !d.suppressed()).toList(), PAGES.text("sponsored.report.chartTitle"));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Campaign getCampaign() { return campaign; }
    public List<DayFigures> getDays() { return days; }
    public DayFigures getTotal() { return total; }
    public String getCurrency() { return settings.currency(); }
    public int getMinimumAudience() { return settings.get(Setting.MIN_AUDIENCE); }
}
