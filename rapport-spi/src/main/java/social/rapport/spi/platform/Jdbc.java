package social.rapport.spi.platform;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Platform service (SPI 2.1): plain JDBC on the application's {@link Database}, for a plugin's own
 * tables. A plugin cannot use the core's persistence unit; its repositories keep their SQL and
 * {@code @Inject Jdbc} to bind parameters and map rows. The core produces it.
 *
 * <p>The data source is a JTA one, so inside a {@code @Transactional} method (or
 * {@link Database#inTransaction}) every statement joins the caller's transaction, and the core's
 * writes (a notification, say) commit or roll back with it. Outside a transaction each statement
 * commits on its own.
 *
 * <p>Parameters bind by type: {@link Ids} as {@code bigint[]} and {@link Texts} as
 * {@code text[]} (for {@code = any(?)}), an enum constant as its {@code name()}, an
 * {@link Instant} as a {@code timestamptz} (UTC), anything else with {@code setObject}
 * (so {@code null}, numbers, strings, {@code LocalDate}, booleans work as the driver binds them).
 * An {@link SQLException} is rethrown as an {@link IllegalStateException} that keeps it as its cause.
 */
public class Jdbc {

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A {@code bigint[]} parameter, for example for {@code member_id = any(?)}. */
    public record Ids(Collection<Long> values) {
    }

    /** A {@code text[]} parameter, for example for {@code facet = any(?)}. */
    public record Texts(Collection<String> values) {
    }

    /** Every row the query returns, mapped. */
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
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    /** The first row, if any. */
    public <T> Optional<T> one(String sql, Row<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The first column of the first row as a number; 0 when there is no row. */
    public long number(String sql, Object... parameters) {
        return one(sql, r -> r.getLong(1), parameters).orElse(0L);
    }

    /** An insert, update or delete; the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + e.getMessage(), e);
        }
    }

    /** A {@code timestamptz} column as an instant ({@code null} stays {@code null}). */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof Ids ids) {
                    Array array = connection.createArrayOf("bigint", ids.values().toArray());
                    statement.setArray(i + 1, array);
                } else if (value instanceof Texts texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts.values().toArray()));
                } else if (value instanceof Enum<?> constant) {
                    statement.setString(i + 1, constant.name());
                } else if (value instanceof Instant instant) {
                    statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
