package social.rapport.plugins.sponsored.web;

import static social.rapport.plugins.sponsored.SponsoredText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import social.rapport.plugins.sponsored.SponsoredForbidden;
import social.rapport.plugins.sponsored.SponsoredNotFound;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.campaign.CallToAction;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignDraft;
import social.rapport.plugins.sponsored.campaign.CampaignService;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.plugins.sponsored.targeting.AudienceEstimate;
import social.rapport.plugins.sponsored.targeting.AudienceRules;
import social.rapport.plugins.sponsored.targeting.Targeting;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/edit.xhtml} (new campaign) and {@code ?id=} (a draft or rejected campaign of
 * the caller's), with the audience estimate updated as the targeting changes.
 */
@Named
@ViewScoped
public class EditCampaign implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    CampaignService campaigns;

    @Inject
    AudienceEstimate audience;

    @Inject
    SponsoredSettings settings;

    private String id;
    private Long campaignId;
    private String name;
    private String headline;
    private String body;
    private String landingUrl;
    private String callToAction = CallToAction.LEARN_MORE.name();
    private String start;
    private String end;
    private String totalBudget;
    private String dailyBudget;
    private String skills;
    private String locations;
    private String titles;
    private String organisations;
    private String languages;
    private boolean hasImage;

    public void load() {
        try {
            if (id == null || id.isBlank()) {
                campaigns.mine(viewer.get()); // advertisers only
                return;
            }
            campaignId = PAGES.parseId(id);
            if (campaignId == null) {
                throw new SponsoredNotFound("campaign");
            }
            Campaign c = campaigns.own(viewer.get(), campaignId);
            name = c.name();
            headline = c.headline();
            body = c.body();
            landingUrl = c.landingUrl();
            callToAction = c.callToAction().name();
            start = c.start().toString();
            end = c.end().toString();
            totalBudget = Long.toString(c.totalBudget());
            dailyBudget = Long.toString(c.dailyBudget());
            skills = String.join(", ", c.targeting().skills());
            locations = String.join(", ", c.targeting().locations());
            titles = String.join(", ", c.targeting().titles());
            organisations = String.join(", ", c.targeting().organisations());
            languages = String.join(", ", c.targeting().languages());
            hasImage = c.hasImage();
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
    }

    public String save() {
        try {
            CampaignDraft draft = new CampaignDraft(name, headline, body, landingUrl, cta(), date(start, "start"), date(end, "end"),
                    amount(totalBudget, "totalBudget"), amount(dailyBudget, "dailyBudget"), targeting());
            if (campaignId == null) {
                campaignId = campaigns.create(viewer.get(), draft);
            } else {
                campaigns.update(viewer.get(), campaignId, draft);
            }
            PAGES.flash("sponsored.saved");
            return "/p/sponsored/campaign.xhtml?faces-redirect=true&id=" + campaignId;
        } catch (SponsoredRefusal refusal) {
            PAGES.refused("campaign", refusal.field(), refusal.messageKey(), refusal.args());
        } catch (SponsoredNotFound e) {
            PAGES.notFound();
        } catch (SponsoredForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    /** The audience as the editor shows it: rounded, never exact, "fewer than N" below the minimum. */
    public String getAudience() {
        Targeting targeting = targeting();
        if (targeting.untargeted()) {
            return PAGES.text("sponsored.audience.everyone");
        }
        int minimum = settings.get(Setting.MIN_AUDIENCE);
        long shown = AudienceRules.shown(audience.size(targeting), minimum);
        return shown < 0 ? PAGES.text("sponsored.audience.tooSmall", minimum) : PAGES.text("sponsored.audience.about", shown);
    }

    private Targeting targeting() {
        return new Targeting(Targeting.parse(skills), Targeting.parse(locations), Targeting.parse(titles),
                Targeting.parse(organisations), Targeting.parse(languages));
    }

    private CallToAction cta() {
        try {
            return CallToAction.valueOf(callToAction);
        } catch (RuntimeException e) {
            throw new SponsoredRefusal("callToAction", "sponsored.error.cta");
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new SponsoredRefusal(field, "sponsored.error." + field + ".required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SponsoredRefusal(field, "sponsored.error.date");
        }
    }

    private static Long amount(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new SponsoredRefusal(field, "sponsored.error.number");
        }
    }

    public CallToAction[] getCallsToAction() {
        return CallToAction.values();
    }

    public String getCurrency() {
        return settings.currency();
    }

    public Long getCampaignId() { return campaignId; }
    public boolean isHasImage() { return hasImage; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLandingUrl() { return landingUrl; }
    public void setLandingUrl(String landingUrl) { this.landingUrl = landingUrl; }
    public String getCallToAction() { return callToAction; }
    public void setCallToAction(String callToAction) { this.callToAction = callToAction; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getTotalBudget() { return totalBudget; }
    public void setTotalBudget(String totalBudget) { this.totalBudget = totalBudget; }
    public String getDailyBudget() { return dailyBudget; }
    public void setDailyBudget(String dailyBudget) { this.dailyBudget = dailyBudget; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public String getLocations() { return locations; }
    public void setLocations(String locations) { this.locations = locations; }
    public String getTitles() { return titles; }
    public void setTitles(String titles) { this.titles = titles; }
    public String getOrganisations() { return organisations; }
    public void setOrganisations(String organisations) { this.organisations = organisations; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
}
