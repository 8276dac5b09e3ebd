package social.rapport.plugins.sponsored.campaign;

import java.io.Serializable;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import social.rapport.plugins.sponsored.targeting.Targeting;

/** A campaign as stored; {@link #spentMilli()} is in thousandths of a minor unit. */
public record Campaign(long id, long advertiserId, String organisation, String payer, String name, String headline,
                       String body, String landingUrl, CallToAction callToAction, LocalDate start, LocalDate end,
                       long totalBudget, long dailyBudget, long spentMilli, CampaignStatus status, String pausedBy,
                       String rejectReason, Targeting targeting, boolean hasImage) implements Serializable {

    public static final String COLUMNS = "c.id, c.advertiser_id, c.organisation, c.payer, c.name, c.headline, c.body, c.landing_url, "
            + "c.call_to_action, c.start_date, c.end_date, c.total_budget, c.daily_budget, c.spent_milli, c.status, c.paused_by, "
            + "c.reject_reason, c.skills, c.locations, c.titles, c.organisations, c.languages, c.has_image";

    public static Campaign from(ResultSet r) throws SQLException {
        return new Campaign(r.getLong("id"), r.getLong("advertiser_id"), r.getString("organisation"), r.getString("payer"),
                r.getString("name"), r.getString("headline"), r.getString("body"), r.getString("landing_url"),
                CallToAction.valueOf(r.getString("call_to_action")), r.getObject("start_date", LocalDate.class),
                r.getObject("end_date", LocalDate.class), r.getLong("total_budget"), r.getLong("daily_budget"),
                r.getLong("spent_milli"), CampaignStatus.valueOf(r.getString("status")), r.getString("paused_by"),
                r.getString("reject_reason"),
                new Targeting(texts(r.getArray("skills")), texts(r.getArray("locations")), texts(r.getArray("titles")),
                        texts(r.getArray("organisations")), texts(r.getArray("languages"))), r.getBoolean("has_image"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public CampaignDraft draft() {
        return new CampaignDraft(name, headline, body, landingUrl, callToAction, start, end, totalBudget, dailyBudget, targeting);
    }

    /** The creative's image for pages ({@code /p/sponsored/image?c=}), or null when the campaign has none. */
    public String imageHref() {
        return hasImage ? "/p/sponsored/image?c=" + id : null;
    }

    /** Spend so far in whole minor units (rounded down). */
    public long spent() {
        return spentMilli / 1000;
    }
}
