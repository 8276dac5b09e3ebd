package social.rapport.plugins.sponsored.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;
import social.rapport.spi.platform.Jdbc.Texts;

/** The SQL of {@code sponsored_campaign}: reads, saving a draft, and status changes guarded by the status they start from. */
@ApplicationScoped
public class CampaignRepository {

    @Inject
    Jdbc db;

    @Inject
    Event<CampaignChanged> changed;

    public Optional<Campaign> find(long id) {
        return db.one("select " + Campaign.COLUMNS + " from sponsored_campaign c where c.id = ?", Campaign::from, id);
    }

    /** Whether the campaign was shown at least once (so its creative is public in the library). */
    public boolean shown(long id) {
        return db.number("select count(*) from sponsored_campaign where id = ? and first_shown_at is not null", id) > 0;
    }

    public List<Campaign> ofAdvertiser(long advertiserId) {
        return db.list("select " + Campaign.COLUMNS + " from sponsored_campaign c where c.advertiser_id = ? order by c.id desc limit 200",
                Campaign::from, advertiserId);
    }

    public List<Campaign> withStatus(CampaignStatus status) {
        return db.list("select " + Campaign.COLUMNS + " from sponsored_campaign c where c.status = ? order by c.id limit 200",
                Campaign::from, status);
    }

    public long create(long advertiserId, String organisation, String payer, CampaignDraft d, Instant now) {
        return db.one("insert into sponsored_campaign (advertiser_id, organisation, payer, name, headline, body, landing_url, "
                        + "call_to_action, start_date, end_date, total_budget, daily_budget, status, skills, locations, titles, "
                        + "organisations, languages, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?) returning id",
                r -> r.getLong(1), advertiserId, organisation, payer, d.name(), d.headline(), d.body(), d.landingUrl(),
                d.callToAction(), d.start(), d.end(), d.totalBudget(), d.dailyBudget(), new Texts(d.targeting().skills()),
                new Texts(d.targeting().locations()), new Texts(d.targeting().titles()),
                new Texts(d.targeting().organisations()), new Texts(d.targeting().languages()), now).orElseThrow();
    }

    /** Saves the fields of a campaign still in draft (or rejected: it becomes a draft again). */
    public boolean update(long id, CampaignDraft d) {
        return db.update("update sponsored_campaign set name = ?, headline = ?, body = ?, landing_url = ?, call_to_action = ?, "
                        + "start_date = ?, end_date = ?, total_budget = ?, daily_budget = ?, skills = ?, locations = ?, titles = ?, "
                        + "organisations = ?, languages = ?, status = 'DRAFT', reject_reason = null "
                        + "where id = ? and status in ('DRAFT', 'REJECTED')",
                d.name(), d.headline(), d.body(), d.landingUrl(), d.callToAction(), d.start(), d.end(), d.totalBudget(),
                d.dailyBudget(), new Texts(d.targeting().skills()), new Texts(d.targeting().locations()),
                new Texts(d.targeting().titles()), new Texts(d.targeting().organisations()),
                new Texts(d.targeting().languages()), id) == 1;
    }

    /**
     * A status change that happens only from {@code from}: two admins deciding at once cannot both win.
     * A change is announced ({@link CampaignChanged}) so that the feed's list of running campaigns follows it.
     */
    public boolean move(long id, List<CampaignStatus> from, CampaignStatus to, String pausedBy, String reason, Long decidedBy, Instant now) {
        String[] names = from.stream().map(Enum::name).toArray(String[]::new);
        boolean moved = db.update("update sponsored_campaign set status = ?, paused_by = ?::varchar, "
                        + "reject_reason = case when ?::varchar = 'REJECTED' then ?::varchar else reject_reason end, "
                        + "submitted_at = case when ?::varchar = 'REVIEW' then ?::timestamptz else submitted_at end, "
                        + "decided_by = coalesce(?::bigint, decided_by), decided_at = case when ?::bigint is null then decided_at else ?::timestamptz end "
                        + "where id = ? and status = any(?)",
                to, pausedBy, to.name(), reason, to.name(), now, decidedBy, decidedBy, now, id, new Texts(List.of(names))) == 1;
        if (moved) {
            changed.fire(new CampaignChanged(id));
        }
        return moved;
    }

}
