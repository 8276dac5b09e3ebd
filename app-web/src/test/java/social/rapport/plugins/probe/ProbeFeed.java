package social.rapport.plugins.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads probe_feed: whether a viewer takes part in a feed test, and the author row the test set. */
final class ProbeFeed {

    private ProbeFeed() {
    }

    /** Empty when the viewer has no row for this mode; otherwise the author id (0 when none). */
    static Optional<Long> row(DataSource database, long memberId, String mode) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select coalesce(author_id, 0) from probe_feed where member_id = ? and mode = ?")) {
            query.setLong(1, memberId);
            query.setString(2, mode);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
