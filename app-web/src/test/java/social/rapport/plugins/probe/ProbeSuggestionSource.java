package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import social.rapport.spi.connection.ConnectionSuggestionSource;
import social.rapport.spi.connection.Suggestion;

/** Suggests whoever the tests put into probe_suggestion for a member. */
@ApplicationScoped
public class ProbeSuggestionSource implements ConnectionSuggestionSource {

    public static final String REASON = "The probe thinks you know each other";

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public List<Suggestion> suggest(long memberId, int limit) {
        List<Suggestion> result = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select suggested_id from probe_suggestion where member_id = ? order by suggested_id limit ?")) {
            query.setLong(1, memberId);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new Suggestion(rows.getLong(1), 0.9, REASON));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }
}
