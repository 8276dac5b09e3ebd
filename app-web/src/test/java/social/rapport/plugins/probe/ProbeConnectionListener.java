package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import social.rapport.spi.connection.ConnectionChange;
import social.rapport.spi.connection.ConnectionListener;

/** Writes every connection event it hears into probe_connection_event, for the tests to read. */
@ApplicationScoped
public class ProbeConnectionListener implements ConnectionListener {

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public void invitationSent(ConnectionChange change) {
        record("invitationSent", change);
    }

    @Override
    public void invitationAccepted(ConnectionChange change) {
        record("invitationAccepted", change);
    }

    @Override
    public void invitationDeclined(ConnectionChange change) {
        record("invitationDeclined", change);
    }

    @Override
    public void invitationWithdrawn(ConnectionChange change) {
        record("invitationWithdrawn", change);
    }

    @Override
    public void invitationExpired(ConnectionChange change) {
        record("invitationExpired", change);
    }

    @Override
    public void connectionRemoved(ConnectionChange change) {
        record("connectionRemoved", change);
    }

    @Override
    public void memberFollowed(ConnectionChange change) {
        record("memberFollowed", change);
    }

    @Override
    public void memberBlocked(ConnectionChange change) {
        record("memberBlocked", change);
    }

    private void record(String kind, ConnectionChange change) {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into probe_connection_event (kind, actor, subject, how_met) values (?, ?, ?, ?)")) {
            insert.setString(1, kind);
            insert.setLong(2, change.actor());
            insert.setLong(3, change.subject());
            insert.setString(4, change.howMet());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
