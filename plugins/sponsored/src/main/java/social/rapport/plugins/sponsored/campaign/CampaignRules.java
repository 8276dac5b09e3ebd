package social.rapport.plugins.sponsored.campaign;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import social.rapport.plugins.sponsored.SponsoredRefusal;


/**
 * The checks every campaign passes before it is saved (field by field, first failure wins) and the
 * stricter ones before it goes to review (a creative, dates not in the past).
 */
public final class CampaignRules {

    public static final int NAME_MAX = 100;
    public static final int HEADLINE_MAX = 100;
    public static final int BODY_MAX = 600;
    public static final int URL_MAX = 500;
    public static final int FACET_VALUES_MAX = 20;
    public static final int FACET_VALUE_MAX = 60;
    /** A year of delivery at most: the library keeps an ad a year after it ends. */
    public static final int DAYS_MAX = 366;
    /** 100 million in major units: keeps every amount and its thousandths well inside a long. */
    public static final long BUDGET_MAX = 10_000_000_000L;

    private CampaignRules() {
    }

    /** Checks for saving a draft. */
    public static void checkDraft(CampaignDraft d) {
        require(d.name() != null && !d.name().isEmpty(), "name", "sponsored.error.name.required");
        require(d.name().length() <= NAME_MAX, "name", "sponsored.error.name.long");
        require(d.headline() == null || d.headline().length() <= HEADLINE_MAX, "headline", "sponsored.error.headline.long");
        require(d.body() == null || d.body().length() <= BODY_MAX, "body", "sponsored.error.body.long");
        require(d.landingUrl() == null || d.landingUrl().isEmpty() || webAddress(d.landingUrl()), "landingUrl", "sponsored.error.url");
        require(d.callToAction() != null, "callToAction", "sponsored.error.cta");
        require(d.start() != null, "start", "sponsored.error.start.required");
        require(d.end() != null, "end", "sponsored.error.end.required");
        require(!d.end().isBefore(d.start()), "end", "sponsored.error.end.beforeStart");
        require(d.end().toEpochDay() - d.start().toEpochDay() < DAYS_MAX, "end", "sponsored.error.end.tooLong");
        require(d.totalBudget() != null && d.totalBudget() > 0, "totalBudget", "sponsored.error.budget.total");
        require(d.dailyBudget() != null && d.dailyBudget() > 0, "dailyBudget", "sponsored.error.budget.daily");
        require(d.totalBudget() <= BUDGET_MAX, "totalBudget", "sponsored.error.budget.max");
        require(d.dailyBudget() <= d.totalBudget(), "dailyBudget", "sponsored.error.budget.dailyAboveTotal");
        checkFacet("skills", d.targeting().skills());
        checkFacet("locations", d.targeting().locations());
        checkFacet("titles", d.targeting().titles());
        checkFacet("organisations", d.targeting().organisations());
        checkFacet("languages", d.targeting().languages());
    }

    /** Checks for submitting to review, on top of {@link #checkDraft}. */
    public static void checkSubmit(CampaignDraft d, LocalDate today) {
        checkDraft(d);
        require(d.headline() != null && !d.headline().isEmpty(), "headline", "sponsored.error.headline.required");
        require(d.body() != null && !d.body().isEmpty(), "body", "sponsored.error.body.required");
        require(d.landingUrl() != null && !d.landingUrl().isEmpty(), "landingUrl", "sponsored.error.url");
        require(!d.end().isBefore(today), "end", "sponsored.error.end.past");
    }

    /** http or https with a host, nothing else (no javascript:, no data:, no relative links). */
    public static boolean webAddress(String text) {
        if (text.length() > URL_MAX || text.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkFacet(String field, List<String> values) {
        require(values.size() <= FACET_VALUES_MAX, field, "sponsored.error.facet.many", FACET_VALUES_MAX);
        require(values.stream().allMatch(v -> v.length() <= FACET_VALUE_MAX), field, "sponsored.error.facet.long", FACET_VALUE_MAX);
    }

    private static void require(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            throw new SponsoredRefusal(field, key, args);
        }
    }

}
