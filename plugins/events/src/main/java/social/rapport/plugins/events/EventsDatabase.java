package social.rapport.plugins.events;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import social.rapport.spi.platform.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC on the application's data source (from the SPI's {@link Database} service): the plugin cannot use the core's persistence unit.
 * The data source is a JTA one, so inside a {@code @Transactional} method every statement joins
 * the caller's transaction (and the core's writes, e.g. a notification, commit or roll back with it).
 * Repositories keep their SQL; this class only binds parameters and maps rows.
 */
@ApplicationScoped
public class EventsDatabase {

    /** The SPI's database service (SPI 2), instead of looking the data source up by its JNDI name. */
    @Inject
    Database database;

    private DataSource dataSource;

    @PostConstruct
    void connect() {
        dataSource = database.dataSource();
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A {@code bigint[]} parameter, e.g. for {@code member_id = any(?)}. */
    public record Ids(Collection<Long> values) {
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("events query failed: " + e.getMessage(), e);
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("events update failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Ids ids) {
                Array array = connection.createArrayOf("bigint", ids.values().toArray());
                statement.setArray(i + 1, array);
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
