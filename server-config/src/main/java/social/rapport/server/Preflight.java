package social.rapport.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * What the run command checks before it starts anything, so that a machine that lacks something
 * gets one line saying what to do, not a Payara or PostgreSQL stack trace minutes later. Each
 * check throws a {@link StartupProblem}. (Java older than 17 cannot load this class: {@code run.sh}
 * checks the version before it builds.)
 */
final class Preflight {

    static final String OPERATIONS_GUIDE = "docs/operations.md";
    private static final int DATABASE_TIMEOUT_SECONDS = 10;

    private Preflight() {
    }

    /** All the checks for these settings, in the order a person would fix them. */
    static void check(ServerSettings settings, Path installation) {
        runtimeFiles(installation);
        freePort(settings.httpPort(), "RAPPORT_HTTP_PORT", "HTTP");
        if (settings.dbUrl().isPresent()) {
            databaseAnswers(settings.dbUrl().get(), settings.dbUser(), settings.dbPassword());
        } else {
            embeddedPostgresSupported(System.getProperty("os.name"), System.getProperty("os.arch"));
            writableFolder(settings.dataDir());
            writableFolder(settings.dataDir().resolve("postgres"));
            freePort(settings.embeddedDbPort(), "RAPPORT_EMBEDDED_DB_PORT", "embedded PostgreSQL");
        }
    }

    /** Payara Micro, the WAR and the Payara configuration, which the build puts next to the jar. */
    static void runtimeFiles(Path installation) {
        for (String required : List.of("runtime/payara-micro.jar", "runtime/rapport.war", "payara/pre-boot-commands.asadmin")) {
            if (!Files.isRegularFile(installation.resolve(required))) {
                throw new StartupProblem(installation.resolve(required) + " is missing: build Rapport first with ./run.sh"
                        + " (or ./mvnw -DskipTests package)");
            }
        }
    }

    /** Whether a server could listen on this port on all interfaces, as Payara Micro does. */
    static void freePort(int port, String variable, String purpose) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as servers do: a port whose old connections are closing is free
            socket.bind(new InetSocketAddress(port));
        } catch (BindException e) {
            String reason = StartupProblem.firstLine(e);
            if (reason.toLowerCase(Locale.ROOT).contains("denied")) {
                throw new StartupProblem("this user may not listen on port " + port + " (" + purpose + "): choose a port above 1023 with "
                        + variable + "=<port>");
            }
            throw new StartupProblem("port " + port + " (" + purpose + ") is already in use, perhaps by a Rapport that is still running:"
                    + " stop that program, or choose a free port with " + variable + "=<port>");
        } catch (IOException e) {
            throw new StartupProblem("cannot listen on port " + port + " (" + purpose + "): " + StartupProblem.firstLine(e)
                    + "; choose another port with " + variable + "=<port>");
        }
    }

    /**
     * Whether the embedded PostgreSQL (io.zonky) has binaries for this platform. It names them
     * {@code postgres-<os>-<arch>.txz}; the build ships only Linux x86_64 (see the root pom).
     */
    static void embeddedPostgresSupported(String osName, String osArch) {
        String system = osName.startsWith("Windows") ? "windows"
                : osName.startsWith("Mac OS") ? "darwin"
                : osName.startsWith("Linux") ? "linux"
                : null;
        String architecture = "amd64".equals(osArch) ? "x86_64" : osArch;
        String binaries = "postgres-" + system + "-" + architecture + ".txz";
        if (system == null || Preflight.class.getClassLoader().getResource(binaries) == null) {
            throw new StartupProblem("the embedded PostgreSQL does not run on " + osName + " " + osArch
                    + " (Rapport ships it for Linux x86_64 only): set RAPPORT_DB_URL to a PostgreSQL of your own (see "
                    + OPERATIONS_GUIDE + ")");
        }
    }

    /** Whether the folder exists or can be created, and a file can be written in it. */
    static void writableFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".rapport-write-check", ""));
        } catch (IOException | SecurityException e) {
            throw new StartupProblem("the data folder " + folder + " is not writable (" + reason(e) + "): make it writable for user "
                    + System.getProperty("user.name") + ", or choose another folder with RAPPORT_DATA_DIR=<folder>");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NoSuchFileException missing) { // a parent that cannot hold folders, such as /proc
            return "cannot create " + missing.getFile();
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return StartupProblem.firstLine(e);
    }

    /** Whether the configured PostgreSQL answers, with these credentials and this database. */
    static void databaseAnswers(String url, String user, String password) {
        String shown = withoutParameters(url);
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StartupProblem("RAPPORT_DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/rapport,"
                    + " not " + shown);
        }
        DriverManager.setLoginTimeout(DATABASE_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new StartupProblem(databaseProblem(shown, user, e));
        }
    }

    private static String databaseProblem(String url, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = e.getCause() instanceof UnknownHostException unknown
                ? "unknown host " + StartupProblem.firstLine(unknown)
                : StartupProblem.firstLine(e);
        if (state.startsWith("28")) { // invalid authorization
            return "the PostgreSQL at " + url + " refused user " + user + " (" + reason + "): set RAPPORT_DB_USER and RAPPORT_DB_PASSWORD";
        }
        if (state.equals("3D000")) { // invalid catalog name
            return "the PostgreSQL at " + url + " has no such database (" + reason + "): create it (createdb), or correct RAPPORT_DB_URL";
        }
        return "the PostgreSQL at " + url + " does not answer (" + reason + "): start it, or correct RAPPORT_DB_URL;"
                + " unset RAPPORT_DB_URL to use the embedded PostgreSQL";
    }

    /** The URL without its query, which may hold a password. */
    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
