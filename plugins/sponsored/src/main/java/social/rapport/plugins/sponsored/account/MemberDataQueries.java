package social.rapport.plugins.sponsored.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import social.rapport.spi.platform.Jdbc;

/** The SQL of a member's sponsored data: each export file as JSON text, and the erasure's statements. */
@ApplicationScoped
public class MemberDataQueries {

    private static final String OWN_UNSHOWN = "(select id from sponsored_campaign where advertiser_id = ? and first_shown_at is null)";

    @Inject
    Jdbc db;

    public String advertiser(long member) {
        return json("select organisation, payer, updated_at from sponsored_advertiser where member_id = ?", member);
    }

    public String campaigns(long member) {
        return json("select id, organisation, payer, name, headline, body, landing_url, call_to_action, "
                + "has_image, start_date, end_date, total_budget, daily_budget, spent_milli / 1000 as spent, "
                + "status, reject_reason, skills, locations, titles, organisations, languages, created_at, submitted_at, first_shown_at, "
                + "last_shown_at from sponsored_campaign where advertiser_id = ? order by id", member);
    }

    public String adsShown(long member) {
        return json("select i.campaign_id, c.organisation, c.headline, i.shown_at, i.matched as matched_targeting, i.clicked_at "
                + "from sponsored_impression i join sponsored_campaign c on c.id = i.campaign_id where i.member_id = ? order by i.shown_at", member);
    }

    /** Hidden ads and advertisers; an advertiser appears by the organisation, never by member id. */
    public String hidden(long member) {
        return json("select 'AD' as hidden, h.campaign_id, c.organisation, c.headline, h.hidden_at from sponsored_hidden_campaign h "
                + "join sponsored_campaign c on c.id = h.campaign_id where h.member_id = ? "
                + "union all select 'ADVERTISER', null, coalesce((select a.organisation from sponsored_advertiser a where a.member_id = h.advertiser_id), "
                + "(select c.organisation from sponsored_campaign c where c.advertiser_id = h.advertiser_id order by c.id desc limit 1)), null, h.hidden_at "
                + "from sponsored_hidden_advertiser h where h.member_id = ? order by 5", member, member);
    }

    public String reports(long member) {
        return json("select r.campaign_id, c.organisation, c.headline, r.reason, r.reported_at from sponsored_ad_report r "
                + "join sponsored_campaign c on c.id = r.campaign_id where r.member_id = ? order by r.reported_at", member);
    }

    /** One object: whether the member turned sponsored content off, and the targeting answer (null when not known). */
    public String choices(long member, Boolean targetingOn) {
        return db.one("select row_to_json(t)::text from (select coalesce(c.sponsored_off, false) as sponsored_content_off, "
                        + "?::boolean as targeting_on, c.updated_at from (select 1) x "
                        + "left join sponsored_member_choice c on c.member_id = ?) t",
                r -> r.getString(1), targetingOn, member).orElse("{}");
    }

    private String json(String select, Object... parameters) {
        return db.one("select coalesce(json_agg(t), '[]'::json)::text from (" + select + ") t", r -> r.getString(1), parameters)
                .orElse("[]");
    }

    /** Campaigns of the member never shown to anyone: nothing the library needs, they go with what refers to them. */
    public void deleteUnshownCampaigns(long member) {
        for (String table : new String[] {"sponsored_daily_spend", "sponsored_image", "sponsored_impression", "sponsored_hidden_campaign", "sponsored_ad_report"}) {
            db.update("delete from " + table + " where campaign_id in " + OWN_UNSHOWN, member);
        }
        db.update("delete from sponsored_campaign where advertiser_id = ? and first_shown_at is null", member);
    }

    /**
     * Campaigns that ran stay in the library, ended today at the latest, without the member: no
     * advertiser, and an internal name that is only the campaign's number. The organisation, the
     * payer and the creative are the ad's own fields that the library must show.
     */
    public void keepShownCampaignsWithoutAdvertiser(long member, LocalDate today) {
        db.update("update sponsored_campaign set status = case when status in ('RUNNING', 'PAUSED', 'REVIEW') then 'ENDED' else status end, "
                + "end_date = case when status in ('RUNNING', 'PAUSED', 'REVIEW') then greatest(start_date, least(end_date, ?)) else end_date end, "
                + "paused_by = null, name = 'Campaign ' || id, advertiser_id = null where advertiser_id = ?", today, member);
        db.update("delete from sponsored_hidden_advertiser where advertiser_id = ?", member);
        db.update("delete from sponsored_advertiser where member_id = ?", member);
    }

    public void deleteChoices(long member) {
        db.update("delete from sponsored_hidden_campaign where member_id = ?", member);
        db.update("delete from sponsored_hidden_advertiser where member_id = ?", member);
        db.update("delete from sponsored_member_choice where member_id = ?", member);
    }

    /** The member's impressions and reports keep the figures (reach, report counts) under one fresh negative number. */
    public void anonymiseImpressionsAndReports(long member) {
        long seen = db.number("select count(*) from sponsored_impression where member_id = ?", member)
                + db.number("select count(*) from sponsored_ad_report where member_id = ?", member);
        if (seen == 0) {
            return;
        }
        long nobody = -db.number("select nextval('sponsored_erased_member')");
        db.update("update sponsored_impression set member_id = ? where member_id = ?", nobody, member);
        db.update("update sponsored_ad_report set member_id = ? where member_id = ?", nobody, member);
    }

    /** An admin's decisions and settings changes stay, without the admin. */
    public void forgetAsDecider(long member) {
        db.update("update sponsored_campaign set decided_by = null where decided_by = ?", member);
        db.update("update sponsored_setting set updated_by = 0 where updated_by = ?", member);
        db.update("update sponsored_setting_audit set changed_by = 0 where changed_by = ?", member);
    }
}
