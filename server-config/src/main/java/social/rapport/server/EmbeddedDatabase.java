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
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PostgreSQL server for a machine that has none, kept in the data folder so that nothing is
 * lost between runs. Only for trying Rapport out and developing it; operators name their own
 * PostgreSQL with {@code RAPPORT_DB_URL}. It listens on the loopback only and asks for a password
 * (scram-sha-256, not trust): one generated the first time and kept in {@code <data>/postgres.password},
 * readable by its owner only. A data folder made by an older build (trust) gets its password on
 * the next start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "rapport";
    static final String PASSWORD_FILE = "postgres.password";
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts it, or says in one line ({@link StartupProblem}) why it did not start. */
    static EmbeddedDatabase start(Path dataDir, int port) {
        Path directory = dataDir.resolve("postgres");
        try {
            Files.createDirectories(directory);
            String password = password(dataDir.resolve(PASSWORD_FILE));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "localhost")
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false) // RapportServer stops it, after Payara
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
            database.requirePassword(directory);
            database.createIfMissing();
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StartupProblem("the embedded PostgreSQL did not start in " + directory + " (" + StartupProblem.firstLine(e)
                    + "): set RAPPORT_DB_URL to a PostgreSQL of your own (see " + Preflight.OPERATIONS_GUIDE + ")");
        }
    }

    /** The generated password, created (owner-only) the first time. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n");
        return password;
    }

    /**
     * Sets the password (idempotent) and replaces trust authentication with scram-sha-256 for
     * every connection, then reloads the configuration: from here on, a password is needed.
     */
    private void requirePassword(Path directory) throws IOException, SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter user postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), """
                    # Written by Rapport's run command (EmbeddedDatabase): a password for every connection.
                    host    all    all    127.0.0.1/32    scram-sha-256
                    host    all    all    ::1/128         scram-sha-256
                    """);
            statement.execute("select pg_reload_conf()");
        }
    }

    String password() {
        return password;
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
