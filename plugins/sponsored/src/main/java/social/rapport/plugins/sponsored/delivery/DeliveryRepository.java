package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import social.rapport.spi.platform.Jdbc;
import social.rapport.spi.platform.Jdbc.Ids;
import social.rapport.spi.platform.Jdbc.Texts;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.targeting.Targeting;

/**
 * The SQL of delivery: which campaigns run, which of them may be shown to a member now, and the spend of one
 * impression as conditional updates (a row lock per campaign makes concurrent feed pages on any
 * number of instances take turns, and each update re-checks its budget after the lock).
 */
@ApplicationScoped
public class DeliveryRepository {

    @Inject
    Jdbc db;

    /**
     * Every campaign running today with budget left, least delivered first, with what screening needs
     * (the list {@link RunningCampaigns} keeps for a few seconds).
     */
    public List<RunningCampaigns.Entry> running(LocalDate today) {
        return db.list("select c.id, c.advertiser_id, c.skills, c.locations, c.titles, c.organisations, c.languages from sponsored_campaign c "
                        + "where c.status = 'RUNNING' and c.start_date <= ? and c.end_date >= ? and c.spent_milli < c.total_budget * 1000 "
                        + "order by c.spent_milli::float8 / (c.total_budget * 1000), c.id",
                r -> new RunningCampaigns.Entry(r.getLong(1), new Targeting(texts(r.getArray(3)), texts(r.getArray(4)),
                        texts(r.getArray(5)), texts(r.getArray(6)), texts(r.getArray(7))).lowerCased()), today, today);
    }

    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /**
     * Of these campaigns (in this order), as they are now: the ones running within their dates, with
     * budget left for one more impression today and in total, that this member has not hidden (nor
     * their advertiser) and has seen fewer than {@code cap} times today; at most {@code limit}.
     */
    public List<Campaign> eligibleAmong(List<Long> ids, long member, LocalDate today, long costMilli, int cap, int limit) {
        return db.list("select " + Campaign.COLUMNS + " from unnest(?::bigint[]) with ordinality u(id, n) "
                        + "join sponsored_campaign c on c.id = u.id "
                        + "left join sponsored_daily_spend d on d.campaign_id = c.id and d.day = ? "
                        + "where c.status = 'RUNNING' and c.start_date <= ? and c.end_date >= ? "
                        + "and c.spent_milli + ? <= c.total_budget * 1000 "
                        + "and coalesce(d.spent_milli, 0) + ? <= c.daily_budget * 1000 "
                        + "and not exists (select 1 from sponsored_hidden_campaign h where h.member_id = ? and h.campaign_id = c.id) "
                        + "and not exists (select 1 from sponsored_hidden_advertiser h where h.member_id = ? and h.advertiser_id = c.advertiser_id) "
                        + "and (select count(*) from sponsored_impression i where i.campaign_id = c.id and i.member_id = ? and i.day = ?) < ? "
                        + "order by u.n limit ?",
                Campaign::from, new Ids(ids), today, today, today, costMilli, costMilli, member, member, member, today, cap, limit);
    }

    public boolean impressionExists(UUID token) {
        return db.number("select count(*) from sponsored_impression where token = ?", token) > 0;
    }

    /**
     * The first statement of a payment: takes the cost from the campaign's total and returns its daily
     * budget; empty when it is not running or the total would be passed. Its row lock is held until
     * the transaction ends, so the payments of one campaign take turns on every instance, and the next
     * statement ({@link #spendTodayAndRecord}) starts after the previous payment committed.
     */
    public OptionalLong spendTotal(long campaignId, long costMilli, Instant now) {
        return db.one("update sponsored_campaign set spent_milli = spent_milli + ?, first_shown_at = coalesce(first_shown_at, ?), "
                        + "last_shown_at = ? where id = ? and status = 'RUNNING' and spent_milli + ? <= total_budget * 1000 returning daily_budget",
                r -> r.getLong(1), costMilli, now, now, campaignId, costMilli)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * The second statement of a payment, under the campaign's row lock ({@link #spendTotal}): when the
     * token was not paid yet and the member has seen the campaign fewer than {@code cap} times today,
     * takes the cost from today's spend unless that would pass {@code allowanceMilli} (the upsert's
     * condition is checked on the row as committed), and records the impression. False when anything
     * was refused: the caller rolls the total back.
     */
    public boolean spendTodayAndRecord(UUID token, long campaignId, long member, LocalDate day, Instant now, long costMilli,
                                       long allowanceMilli, int cap, List<String> matched) {
        return db.update("with allowed as (select 1 where not exists (select 1 from sponsored_impression where token = ?) "
                        + "and (select count(*) from sponsored_impression where campaign_id = ? and member_id = ? and day = ?) < ?), "
                        + "today as (insert into sponsored_daily_spend as d (campaign_id, day, spent_milli) select ?, ?, ? from allowed "
                        + "on conflict (campaign_id, day) do update set spent_milli = d.spent_milli + excluded.spent_milli "
                        + "where d.spent_milli + excluded.spent_milli <= ? returning 1) "
                        + "insert into sponsored_impression (token, campaign_id, member_id, day, shown_at, cost_milli, matched) "
                        + "select ?, ?, ?, ?, ?, ?, ? from today",
                token, campaignId, member, day, cap,
                campaignId, day, costMilli,
                allowanceMilli,
                token, campaignId, member, day, now, costMilli, new Texts(matched)) == 1;
    }

    public Optional<Impression> impression(UUID token) {
        return db.one("select " + Impression.COLUMNS + " from sponsored_impression i where i.token = ?", Impression::from, token);
    }

    /** Records the first click of an impression; false when it was clicked before. */
    public boolean click(UUID token, Instant now) {
        return db.update("update sponsored_impression set clicked_at = ? where token = ? and clicked_at is null", now, token) == 1;
    }

    /** A member's report about a campaign, once per member and campaign. */
    public void report(long campaignId, long member, AdReason reason, Instant now) {
        db.update("insert into sponsored_ad_report (campaign_id, member_id, reason, reported_at) values (?, ?, ?, ?) on conflict do nothing",
                campaignId, member, reason, now);
    }

    public long reports(long campaignId) {
        return db.number("select count(*) from sponsored_ad_report where campaign_id = ?", campaignId);
    }
}
