package social.rapport.plugins.sponsored.advertiser;

import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A member's advertiser application: the organisation they advertise for, who pays, and the admin's decision. */
public record Advertiser(long memberId, String organisation, String payer, AdvertiserStatus status, String reason,
                         Instant appliedAt, Instant decidedAt) implements Serializable {

    static final String COLUMNS = "a.member_id, a.organisation, a.payer, a.status, a.reason, a.applied_at, a.decided_at";

    static Advertiser from(ResultSet r) throws SQLException {
        return new Advertiser(r.getLong("member_id"), r.getString("organisation"), r.getString("payer"),
                AdvertiserStatus.valueOf(r.getString("status")), r.getString("reason"),
                r.getTimestamp("applied_at").toInstant(),
                r.getTimestamp("decided_at") == null ? null : r.getTimestamp("decided_at").toInstant());
    }

    public boolean approved() {
        return status == AdvertiserStatus.APPROVED;
    }
}
