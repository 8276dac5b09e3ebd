package social.rapport.plugins.sponsored.advertiser;

import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Whom a member advertises for and who pays, as they answered when applying for the capability
 * {@link AdvertiserCapability#ID} (or later changed). Holding the capability is the core's record;
 * this is the plugin's.
 */
public record Advertiser(long memberId, String organisation, String payer, Instant updatedAt) implements Serializable {

    static final String COLUMNS = "a.member_id, a.organisation, a.payer, a.updated_at";

    static Advertiser from(ResultSet r) throws SQLException {
        return new Advertiser(r.getLong("member_id"), r.getString("organisation"), r.getString("payer"),
                r.getTimestamp("updated_at").toInstant());
    }
}
