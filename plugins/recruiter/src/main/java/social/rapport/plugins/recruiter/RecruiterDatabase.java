package social.rapport.plugins.recruiter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Database;

/**
 * The one row-mapping helper of the plugin: plain JDBC on the platform's {@link Database}. Inside a
 * transaction every statement joins it. Repositories keep their SQL; this class binds and maps.
 */
@ApplicationScoped
public class RecruiterDatabase {

    @Inject
    Database database;

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("recruiter query failed: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long number(String sql, Object... parameters) {
        return one(sql, r -> r.getLong(1), parameters).orElse(0L);
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recruiter update failed: " + e.getMessage(), e);
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
