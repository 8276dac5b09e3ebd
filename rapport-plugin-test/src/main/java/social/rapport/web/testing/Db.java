package social.rapport.web.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small helpers to read and set up rows in the test database directly. */
public final class Db {

    private Db() {
    }

    /** The first column of the first row, as a long (e.g. a count or an id). */
    public static long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rows.getLong(1);
        }
    }

    /** The first column of the first row as text, or null when there is no row. */
    public static String text(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    public static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
