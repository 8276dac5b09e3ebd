package social.rapport.plugins.sponsored.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import social.rapport.spi.platform.Jdbc;

/**
 * The report queries: per campaign and day for its advertiser, totals per advertiser for admins.
 * Only aggregates; days reaching fewer members than the minimum audience are suppressed.
 */
@ApplicationScoped
public class CampaignReports {

    /** Delivery of one advertiser, for the admin page. */
    public record AdvertiserFigures(long advertiserId, String organisation, long campaigns, long impressions, long spentMilli) {
        public long spent() {
            return spentMilli / 1000;
        }
    }

    @Inject
    Jdbc db;

    public List<DayFigures> perDay(long campaignId, int minimumAudience) {
        return db.list("select day, count(*) as impressions, count(distinct member_id) as reach, count(clicked_at) as clicks, "
                        + "sum(cost_milli) as spent from sponsored_impression where campaign_id = ? group by day order by day",
                r -> new DayFigures(r.getObject("day", java.time.LocalDate.class), r.getLong("impressions"), r.getLong("reach"),
                        r.getLong("clicks"), r.getLong("spent"), false), campaignId)
                .stream().map(d -> d.suppressedBelow(minimumAudience)).toList();
    }

    /** The whole campaign (not a breakdown): impressions, reach, clicks, spend. */
    public DayFigures total(long campaignId) {
        return db.one("select count(*), count(distinct member_id), count(clicked_at), coalesce(sum(cost_milli), 0) "
                        + "from sponsored_impression where campaign_id = ?",
                r -> new DayFigures(null, r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), false), campaignId).orElseThrow();
    }

    public List<AdvertiserFigures> perAdvertiser() {
        return db.list("select c.advertiser_id, max(c.organisation) as organisation, count(*) as campaigns, "
                        + "coalesce(sum((select count(*) from sponsored_impression i where i.campaign_id = c.id)), 0) as impressions, "
                        + "coalesce(sum(c.spent_milli), 0) as spent from sponsored_campaign c group by c.advertiser_id order by spent desc limit 200",
                r -> new AdvertiserFigures(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5)));
    }
}
