package social.rapport.core.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import social.rapport.core.database.RapportDatabase;

/**
 * Sends a {@link ClusterNotice} to every instance, this one included ({@link ClusterListener}
 * hears it back). {@code pg_notify} in a statement of its own, outside any transaction: callers
 * publish after their change committed.
 */
@ApplicationScoped
public class ClusterBus {

    static final String CHANNEL = "rapport_cluster";

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    DataSource dataSource;

    /** Publishes; throws when PostgreSQL cannot be reached (the caller decides what that costs). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void publish(ClusterNotice notice) {
        String payload = notice.payload();
        if (payload.getBytes(StandardCharsets.UTF_8).length > ClusterNotice.MAX_BYTES) {
            throw new IllegalArgumentException("cluster notice too long for NOTIFY: " + notice.topic());
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot publish cluster notice " + notice.topic(), e);
        }
    }
}
