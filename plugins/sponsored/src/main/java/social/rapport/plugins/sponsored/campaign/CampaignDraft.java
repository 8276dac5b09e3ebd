package social.rapport.plugins.sponsored.campaign;

import java.io.Serializable;
import java.time.LocalDate;
import social.rapport.plugins.sponsored.targeting.Targeting;

/**
 * What an advertiser fills in for a campaign, before the service's checks ({@link CampaignRules}).
 * Budgets are integer minor units of the instance currency (cents for EUR).
 */
public record CampaignDraft(String name, String headline, String body, String landingUrl, CallToAction callToAction,
                            LocalDate start, LocalDate end, Long totalBudget, Long dailyBudget,
                            Targeting targeting) implements Serializable {

    public CampaignDraft {
        name = strip(name);
        headline = strip(headline);
        body = strip(body);
        landingUrl = strip(landingUrl);
        targeting = targeting == null ? Targeting.NONE : targeting;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
