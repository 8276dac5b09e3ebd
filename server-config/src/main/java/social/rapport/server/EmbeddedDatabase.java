package social.rapport.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server for a machine that has none, kept in the data folder so that nothing is
 * lost between runs. Only for trying Rapport out and developing it; operators name their own
 * PostgreSQL with {@code RAPPORT_DB_URL}.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "rapport";
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts it, or says in one line ({@link StartupProblem}) why it did not start. */
    static EmbeddedDatabase start(Path dataDir, int port) {
        Path directory = dataDir.resolve("postgres");
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false) // RapportServer stops it, after Payara
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createIfMissing();
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StartupProblem("the embedded PostgreSQL did not start in " + directory + " (" + StartupProblem.firstLine(e)
                    + "): set RAPPORT_DB_URL to a PostgreSQL of your own (see " + Preflight.OPERATIONS_GUIDE + ")");
        }
    }

    private void createIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?user=postgres$", "");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
