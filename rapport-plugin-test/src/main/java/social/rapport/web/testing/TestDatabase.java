package social.rapport.web.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL the integration tests run against: a fresh database created for this test run
 * on the server named by {@code RAPPORT_TEST_DB_URL} (an admin connection, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), or else an embedded PostgreSQL in a
 * temporary folder. Registered before Arquillian (see {@link RapportIT}), it publishes the
 * connection as system properties that {@code arquillian.xml} hands to Payara.
 */
public final class TestDatabase implements BeforeAllCallback {

    private static String url;
    private static String user;
    private static String password;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized void start() {
        if (url != null) {
            return;
        }
        try {
            String server = System.getenv("RAPPORT_TEST_DB_URL");
            if (server != null && !server.isBlank()) {
                useServer(server);
            } else {
                startEmbedded();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database", e);
        }
        System.setProperty("rapport.test.db.url", url);
        System.setProperty("rapport.test.db.user", user);
        System.setProperty("rapport.test.db.password", password);
    }

    private static void useServer(String adminUrl) throws SQLException {
        String name = "rapport_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String adminUser = envOr("RAPPORT_TEST_DB_USER", "postgres");
        String adminPassword = envOr("RAPPORT_TEST_DB_PASSWORD", "postgres");
        try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        user = adminUser;
        password = adminPassword;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                 Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }, "drop-test-database"));
    }

    private static void startEmbedded() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); // temporary folder, removed at exit
        url = postgres.getJdbcUrl("postgres", "postgres").replaceFirst("\\?user=postgres$", "");
        user = "postgres";
        password = "postgres"; // trust authentication: ignored, but Payara's config needs a value
    }

    /** A connection to the test database, to check what the application stored. */
    public static Connection connect() throws SQLException {
        start();
        return DriverManager.getConnection(url, user, password);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
