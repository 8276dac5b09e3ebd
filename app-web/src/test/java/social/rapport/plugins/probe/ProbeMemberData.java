package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import social.rapport.spi.account.MemberDataHook;

/** The probe's part of an account deletion: what its listener and feed tables recorded about the member. */
@ApplicationScoped
public class ProbeMemberData implements MemberDataHook {

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public void erase(long memberId) {
        update("delete from probe_connection_event where actor = ? or subject = ?", memberId, 2);
        update("delete from probe_suggestion where member_id = ? or suggested_id = ?", memberId, 2);
        update("delete from probe_feed where member_id = ? or author_id = ?", memberId, 2);
    }

    private void update(String sql, long memberId, int times) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= times; i++) {
                s.setLong(i, memberId);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
