package social.rapport.plugins.sponsored.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.sponsored.SponsoredText;
import social.rapport.plugins.sponsored.campaign.Campaign;

/**
 * The public ad library's query: every campaign shown at least once whose end is within the last
 * 12 months, newest first, optionally by advertiser (organisation or payer contains the text),
 * in keyset pages on the campaign id.
 */
@ApplicationScoped
public class AdLibrary {

    public static final int PAGE = 20;

    @Inject
    Jdbc db;

    @Inject
    Clock clock;

    /** One page after the campaign id {@code before} (null: the first page); PAGE + 1 rows tell whether there is more. */
    public List<LibraryEntry> page(String advertiser, Long before, Locale locale) {
        LocalDate yearAgo = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusYears(1);
        String like = advertiser == null || advertiser.isBlank() ? null
                : "%" + advertiser.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.list("select " + Campaign.COLUMNS + ", "
                        + "(select count(*) from sponsored_impression i where i.campaign_id = c.id) as impressions, "
                        + "(select count(distinct i.member_id) from sponsored_impression i where i.campaign_id = c.id) as reach "
                        + "from sponsored_campaign c where c.first_shown_at is not null and c.end_date >= ? "
                        + "and (?::varchar is null or c.organisation ilike ?::varchar or c.payer ilike ?::varchar) "
                        + "and (?::bigint is null or c.id < ?::bigint) order by c.id desc limit ?",
                r -> entry(Campaign.from(r), r.getLong("impressions"), r.getLong("reach"), locale),
                yearAgo, like, like, like, before, before, PAGE + 1);
    }

    private static LibraryEntry entry(Campaign c, long impressions, long reach, Locale locale) {
        List<String> targeting = new ArrayList<>();
        add(targeting, "skills", c.targeting().skills(), locale);
        add(targeting, "locations", c.targeting().locations(), locale);
        add(targeting, "titles", c.targeting().titles(), locale);
        add(targeting, "organisations", c.targeting().organisations(), locale);
        add(targeting, "languages", c.targeting().languages(), locale);
        return new LibraryEntry(c.id(), c.organisation(), c.payer(), c.headline(), c.body(), c.landingUrl(), c.start(), c.end(),
                targeting, RangeRules.range(impressions), RangeRules.range(reach), c.imageHref());
    }

    private static void add(List<String> out, String facet, List<String> values, Locale locale) {
        if (!values.isEmpty()) {
            out.add(SponsoredText.get(locale, "sponsored.facet." + facet) + ": " + String.join(", ", values));
        }
    }

    /** Ends campaigns past their end date and purges the creative of those that ended over a year ago; safe on any number of instances. */
    public int[] endAndPurge() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int ended = db.update("update sponsored_campaign set status = 'ENDED' where status in ('RUNNING', 'PAUSED') and end_date < ?", today);
        int purged = db.update("update sponsored_campaign set headline = null, body = null, landing_url = null, has_image = false, "
                + "purged_at = ? where purged_at is null and end_date < ? and status in ('ENDED', 'REJECTED', 'DRAFT')", clock.instant(), today.minusYears(1));
        db.update("delete from sponsored_image where campaign_id in (select id from sponsored_campaign where purged_at is not null)");
        return new int[] {ended, purged};
    }
}
