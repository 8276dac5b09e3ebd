package social.rapport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's embedded PostgreSQL, for real: it asks for its generated password, trust is gone. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void aPasswordIsGeneratedKeptOwnerOnlyAndRequired() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE;
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port)) {
            password = database.password();
            Path file = data.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres")).isInstanceOf(SQLException.class);
            try (Connection ok = DriverManager.getConnection(url, "postgres", password)) {
                assertThat(ok.isValid(2)).isTrue();
            }
        }
        // the next start reuses the same folder and password
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, port)) {
            assertThat(again.password()).isEqualTo(password);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
        }
    }
}
