package social.rapport.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run command ({@code java -jar server-config/target/rapport-server.jar}): starts PostgreSQL
 * (embedded, in the data folder, unless {@code RAPPORT_DB_URL} names one), then Payara Micro with
 * the Rapport WAR at {@code /}, prints the URL once the application reports ready, and on
 * Ctrl-C stops Payara and then PostgreSQL. What it needs is checked first ({@link Preflight}):
 * a problem ends it with one line that says what to do.
 */
public final class RapportServer {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** Set once shutdown began, so that Payara's exit code from our own stop is not reported as a failure. */
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private RapportServer() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--database-only")) {
            databaseOnly();
            return;
        }
        Path home = installation();
        ServerSettings settings;
        EmbeddedDatabase embedded = null;
        String dbUrl;
        try {
            settings = ServerSettings.from(System.getenv());
            Preflight.check(settings, home);
            if (settings.dbUrl().isPresent()) {
                dbUrl = settings.dbUrl().get();
                System.out.println("Rapport: using the PostgreSQL at " + Preflight.withoutParameters(dbUrl));
            } else {
                System.out.println("Rapport: no RAPPORT_DB_URL; starting an embedded PostgreSQL in " + settings.dataDir().resolve("postgres"));
                embedded = EmbeddedDatabase.start(settings.dataDir(), settings.embeddedDbPort());
                dbUrl = embedded.jdbcUrl();
            }
        } catch (StartupProblem problem) {
            System.err.println("Rapport: " + problem.getMessage());
            System.exit(1);
            return;
        }

        Process payara = startPayara(settings, home, dbUrl, embedded == null ? null : embedded.password());
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, database), "rapport-shutdown"));

        String url = "http://localhost:" + settings.httpPort() + "/";
        if (awaitReady(payara, URI.create(url + "health/ready"))) {
            System.out.println();
            System.out.println("Rapport is ready: " + url + "   (Ctrl-C stops it)");
            System.out.println();
        } else if (payara.isAlive()) {
            // the application failed to deploy (a migration, say) but Payara keeps serving nothing: stop it
            System.exit(1);
        }
        int exit = payara.waitFor();
        if (exit != 0 && !STOPPING.get()) {
            System.err.println("Rapport: Payara Micro exited with code " + exit);
        }
        System.exit(exit);
    }

    /**
     * {@code --database-only}: only the embedded PostgreSQL of the data folder, until stopped, for
     * several instances on one machine to share (scripts/cluster.sh). Prints its URL; the
     * password is in {@code <data>/postgres.password}.
     */
    private static void databaseOnly() throws InterruptedException {
        EmbeddedDatabase database;
        try {
            ServerSettings settings = ServerSettings.from(System.getenv());
            Preflight.embeddedPostgresSupported(System.getProperty("os.name"), System.getProperty("os.arch"));
            Preflight.freePort(settings.embeddedDbPort(), "RAPPORT_EMBEDDED_DB_PORT", "embedded PostgreSQL");
            database = EmbeddedDatabase.start(settings.dataDir(), settings.embeddedDbPort());
        } catch (StartupProblem problem) {
            System.err.println("Rapport: " + problem.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(null, database), "rapport-shutdown"));
        System.out.println("Rapport: PostgreSQL ready at " + database.jdbcUrl());
        Thread.currentThread().join(); // until stopped
    }

    /** {@code embeddedPassword}: the embedded PostgreSQL's generated password, or null for the operator's database. */
    private static Process startPayara(ServerSettings settings, Path home, String dbUrl, String embeddedPassword) throws IOException {
        Path payaraJar = home.resolve("runtime/payara-micro.jar");
        Path war = home.resolve("runtime/rapport.war");
        Path config = home.resolve("payara"); // Preflight.runtimeFiles checked that these exist
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(Arrays.asList(settings.jvmOptions().split("\\s+")));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(settings.httpPort()),
                "--prebootcommandfile", preBootCommands(config, settings.cluster()).toString(),
                "--logproperties", config.resolve("logging.properties").toString()));
        command.addAll(settings.cluster().payaraOptions());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("RAPPORT_DB_URL", dbUrl);
        if (!env.containsKey("RAPPORT_MAIL_FILE_DIR")) {
            // without RAPPORT_MAIL_SMTP_HOST, mail is written as .eml files here (the application logs each one)
            env.put("RAPPORT_MAIL_FILE_DIR", settings.dataDir().resolve("mail").toAbsolutePath().toString());
        }
        if (embeddedPassword != null) {
            env.put("RAPPORT_DB_USER", "postgres");
            env.put("RAPPORT_DB_PASSWORD", embeddedPassword); // generated per data folder (EmbeddedDatabase)
        } else {
            env.put("RAPPORT_DB_USER", settings.dbUser());
            env.put("RAPPORT_DB_PASSWORD", settings.dbPassword());
        }
        System.out.println("Rapport: starting Payara Micro on port " + settings.httpPort() + " ...");
        return builder.start();
    }

    /** pre-boot-commands.asadmin, plus the cluster setting's own commands when it has any (in a temporary file then). */
    private static Path preBootCommands(Path config, ClusterSettings cluster) throws IOException {
        Path shared = config.resolve("pre-boot-commands.asadmin");
        List<String> extra = cluster.preBootCommands();
        if (extra.isEmpty()) {
            return shared;
        }
        Path combined = Files.createTempFile("rapport-pre-boot", ".asadmin");
        combined.toFile().deleteOnExit();
        List<String> lines = new ArrayList<>(Files.readAllLines(shared));
        lines.addAll(extra);
        Files.write(combined, lines);
        return combined;
    }

    private static boolean awaitReady(Process payara, URI ready) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && payara.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        if (payara.isAlive()) {
            System.err.println("Rapport: not ready after " + READY_TIMEOUT.toMinutes() + " minutes; see the log above. Stopping.");
        }
        return false;
    }

    private static void stop(Process payara, EmbeddedDatabase database) {
        STOPPING.set(true);
        if (payara != null && payara.isAlive()) {
            System.out.println("Rapport: stopping Payara Micro ...");
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            System.out.println("Rapport: stopping the embedded PostgreSQL ...");
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("Rapport: could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }
    }

    /** The folder the runnable jar sits in (server-config/target), holding runtime/ and payara/. */
    private static Path installation() throws Exception {
        return Path.of(RapportServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
