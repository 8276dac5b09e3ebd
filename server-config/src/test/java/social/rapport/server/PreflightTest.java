package social.rapport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's checks, against real ports, folders and a real PostgreSQL. */
class PreflightTest {

    @TempDir
    Path temp;

    @Test
    void aPortSomeoneListensOnIsReportedWithTheVariableThatChangesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Preflight.freePort(port, "RAPPORT_HTTP_PORT", "HTTP"))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessage("port " + port + " (HTTP) is already in use, perhaps by a Rapport that is still running:"
                            + " stop that program, or choose a free port with RAPPORT_HTTP_PORT=<port>");
        }
    }

    @Test
    void aFreePortPasses() throws IOException {
        int port = freePort();
        assertThatCode(() -> Preflight.freePort(port, "RAPPORT_HTTP_PORT", "HTTP")).doesNotThrowAnyException();
        // and the check let go of it
        assertThatCode(() -> Preflight.freePort(port, "RAPPORT_HTTP_PORT", "HTTP")).doesNotThrowAnyException();
    }

    @Test
    void aMissingDataFolderIsCreated() {
        Path data = temp.resolve("new/data");
        Preflight.writableFolder(data);
        assertThat(data).isDirectory().isEmptyDirectory();
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsReported() throws IOException {
        Path file = Files.writeString(temp.resolve("data"), "not a folder");

        assertThatThrownBy(() -> Preflight.writableFolder(file))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("the data folder " + file + " is not writable (a file of that name is in the way)")
                .hasMessageEndingWith("or choose another folder with RAPPORT_DATA_DIR=<folder>");
        assertThatThrownBy(() -> Preflight.writableFolder(file.resolve("postgres")))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("the data folder " + file.resolve("postgres") + " is not writable (");
    }

    @Test
    void aReadOnlyDataFolderIsReported() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any folder");
        Path data = Files.createDirectory(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> Preflight.writableFolder(data))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageStartingWith("the data folder " + data + " is not writable (permission denied): make it writable for user ");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theEmbeddedPostgresRunsOnLinuxX8664Only() {
        assertThatCode(() -> Preflight.embeddedPostgresSupported("Linux", "amd64")).doesNotThrowAnyException();

        assertThatThrownBy(() -> Preflight.embeddedPostgresSupported("Linux", "aarch64"))
                .isInstanceOf(StartupProblem.class)
                .hasMessage("the embedded PostgreSQL does not run on Linux aarch64 (Rapport ships it for Linux x86_64 only):"
                        + " set RAPPORT_DB_URL to a PostgreSQL of your own (see docs/operations.md)");
        assertThatThrownBy(() -> Preflight.embeddedPostgresSupported("Mac OS X", "aarch64")).isInstanceOf(StartupProblem.class);
        assertThatThrownBy(() -> Preflight.embeddedPostgresSupported("FreeBSD", "amd64")).isInstanceOf(StartupProblem.class);
    }

    @Test
    void aDatabaseUrlWhereNothingListensIsReportedWithoutItsParameters() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + freePort() + "/rapport";

        assertThatThrownBy(() -> Preflight.databaseAnswers(url + "?password=secret", "rapport", "secret"))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("the PostgreSQL at " + url + " does not answer (")
                .hasMessageEndingWith("): start it, or correct RAPPORT_DB_URL; unset RAPPORT_DB_URL to use the embedded PostgreSQL")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDatabaseHostThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> Preflight.databaseAnswers("jdbc:postgresql://no-such-host.invalid:5432/rapport", "rapport", ""))
                .isInstanceOf(StartupProblem.class)
                .hasMessage("the PostgreSQL at jdbc:postgresql://no-such-host.invalid:5432/rapport does not answer"
                        + " (unknown host no-such-host.invalid): start it, or correct RAPPORT_DB_URL;"
                        + " unset RAPPORT_DB_URL to use the embedded PostgreSQL");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresIsReported() {
        assertThatThrownBy(() -> Preflight.databaseAnswers("jdbc:mysql://localhost/rapport", "rapport", ""))
                .isInstanceOf(StartupProblem.class)
                .hasMessage("RAPPORT_DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/rapport,"
                        + " not jdbc:mysql://localhost/rapport");
    }

    @Test
    void aPostgresThatAnswersPassesAndAMissingDatabaseIsNamed() throws Exception {
        int port = freePort();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("data"), port)) {
            // the embedded PostgreSQL has a generated password (EmbeddedDatabase): pass it, as the run command does
            assertThatCode(() -> Preflight.databaseAnswers(database.jdbcUrl(), "postgres", database.password())).doesNotThrowAnyException();

            String missing = "jdbc:postgresql://localhost:" + port + "/no_such_database";
            assertThatThrownBy(() -> Preflight.databaseAnswers(missing, "postgres", database.password()))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageStartingWith("the PostgreSQL at " + missing + " has no such database (")
                    .hasMessageEndingWith("): create it (createdb), or correct RAPPORT_DB_URL");

            // the embedded PostgreSQL's own port is then taken, and said so
            assertThatThrownBy(() -> Preflight.freePort(port, "RAPPORT_EMBEDDED_DB_PORT", "embedded PostgreSQL"))
                    .hasMessageStartingWith("port " + port + " (embedded PostgreSQL) is already in use");
        }
    }

    @Test
    void theRuntimeFilesMustHaveBeenBuilt() {
        assertThatThrownBy(() -> Preflight.runtimeFiles(temp))
                .isInstanceOf(StartupProblem.class)
                .hasMessage(temp.resolve("runtime/payara-micro.jar") + " is missing: build Rapport first with ./run.sh"
                        + " (or ./mvnw -DskipTests package)");
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> ServerSettings.from(Map.of("RAPPORT_HTTP_PORT", "80a")))
                .isInstanceOf(StartupProblem.class)
                .hasMessage("RAPPORT_HTTP_PORT must be a port number from 1 to 65535, not '80a'");
        assertThatThrownBy(() -> ServerSettings.from(Map.of("RAPPORT_EMBEDDED_DB_PORT", "70000")))
                .hasMessage("RAPPORT_EMBEDDED_DB_PORT must be a port number from 1 to 65535, not '70000'");
        assertThat(ServerSettings.from(Map.of("RAPPORT_HTTP_PORT", "9090")).httpPort()).isEqualTo(9090);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
