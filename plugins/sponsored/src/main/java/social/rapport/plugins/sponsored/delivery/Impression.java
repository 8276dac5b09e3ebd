package social.rapport.plugins.sponsored.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** One rendered ad: the opaque token a click or "About this ad" carries, whose feed it was in, and what matched. */
public record Impression(UUID token, long campaignId, long memberId, List<String> matched, boolean clicked) implements java.io.Serializable {

    static final String COLUMNS = "i.token, i.campaign_id, i.member_id, i.matched, i.clicked_at";

    static Impression from(ResultSet r) throws SQLException {
        java.sql.Array matched = r.getArray("matched");
        return new Impression(r.getObject("token", UUID.class), r.getLong("campaign_id"), r.getLong("member_id"),
                matched == null ? List.of() : List.of((String[]) matched.getArray()), r.getTimestamp("clicked_at") != null);
    }
}
