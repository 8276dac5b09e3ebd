package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import social.rapport.spi.platform.Jdbc;

/** The SQL of what a member chose: sponsored content off, targeting on, hidden campaigns and advertisers. */
@ApplicationScoped
public class MemberChoices {

    /** A member's two switches; {@code targetingOn} is false until they turn it on. */
    public record Choice(boolean sponsoredOff, boolean targetingOn) {
        public static final Choice DEFAULT = new Choice(false, false);
    }

    @Inject
    Jdbc db;

    public Choice of(long member) {
        return db.one("select sponsored_off, targeting_on from sponsored_member_choice where member_id = ?",
                r -> new Choice(r.getBoolean(1), r.getBoolean(2)), member).orElse(Choice.DEFAULT);
    }

    public void save(long member, Choice choice, Instant now) {
        db.update("insert into sponsored_member_choice (member_id, sponsored_off, targeting_on, updated_at) values (?, ?, ?, ?) "
                + "on conflict (member_id) do update set sponsored_off = excluded.sponsored_off, targeting_on = excluded.targeting_on, "
                + "updated_at = excluded.updated_at", member, choice.sponsoredOff(), choice.targetingOn(), now);
    }

    public java.util.List<Long> targetingOn() {
        return db.list("select member_id from sponsored_member_choice where targeting_on and not sponsored_off", r -> r.getLong(1));
    }

    public void hideCampaign(long member, long campaignId, Instant now) {
        db.update("insert into sponsored_hidden_campaign (member_id, campaign_id, hidden_at) values (?, ?, ?) on conflict do nothing",
                member, campaignId, now);
    }

    public void hideAdvertiser(long member, long advertiserId, Instant now) {
        db.update("insert into sponsored_hidden_advertiser (member_id, advertiser_id, hidden_at) values (?, ?, ?) on conflict do nothing",
                member, advertiserId, now);
    }
}
