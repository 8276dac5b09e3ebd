package social.rapport.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Payara Micro instance of a test cluster, started as its own process (not by Arquillian,
 * whose instances run with clustering off): the test WAR, the test database and mail server, and
 * Hazelcast joined to the other nodes listed, on loopback only, under a cluster name unique to the
 * test run, so that two test runs on one machine never join each other.
 */
public final class ClusterNode implements AutoCloseable {

    private final String name;
    private final Process process;
    private final URI base;
    private final Path log;

    private ClusterNode(String name, Process process, URI base, Path log) {
        this.name = name;
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The ports one node needs: HTTP and Hazelcast. */
    public record Ports(int http, int cluster) {
        public static Ports free() {
            return new Ports(freePort(), freePort());
        }

        String member() {
            return "127.0.0.1:" + cluster;
        }
    }

    public static ClusterNode start(String name, Path war, Path dir, String clusterName, Ports own, List<Ports> all) {
        TestDatabase.start();
        TestMail.start();
        try {
            Files.createDirectories(dir);
            Path config = Path.of(System.getProperty("rapport.test.serverConfig"));
            Path logging = dir.resolve(name + "-logging.properties");
            // Hazelcast's membership lines too, to see in the log which members joined
            Files.writeString(logging, Files.readString(config.resolve("logging.properties")) + "\ncom.hazelcast.internal.cluster.level=INFO\n");
            // as the run command does for a clustered instance (ClusterSettings.preBootCommands): sessions replicated
            Path preBoot = dir.resolve(name + "-pre-boot-commands.asadmin");
            Files.writeString(preBoot, Files.readString(config.resolve("pre-boot-commands.asadmin"))
                    + "\nset configs.config.server-config.availability-service.web-container-availability.availability-enabled=true\n");
            Path log = dir.resolve(name + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx640m", "-XX:+UseSerialGC",
                    "-Drapport.db.url=" + System.getProperty("rapport.test.db.url"),
                    "-Drapport.db.user=" + System.getProperty("rapport.test.db.user"),
                    "-Drapport.db.password=" + System.getProperty("rapport.test.db.password"),
                    "-Drapport.admin.emails=" + Members.ADMIN,
                    "-Drapport.http.trusted-proxies=127.0.0.1,::1",
                    "-Drapport.limits.sign-up.per-hour=1000",
                    "-Drapport.mail.smtp.host=127.0.0.1",
                    "-Drapport.mail.smtp.port=" + System.getProperty("rapport.test.smtp.port"),
                    "-Drapport.mail.smtp.security=none",
                    "-Drapport.mail.from=rapport@rapport.test",
                    "-Drapport.mail.poll-seconds=1",
                    "-Drapport.mail.retry-seconds=1",
                    "-jar", System.getProperty("payara.microJar"),
                    "--deploy", war.toString(),
                    "--contextroot", "/",
                    "--port", String.valueOf(own.http()),
                    "--name", name,
                    "--prebootcommandfile", preBoot.toString(),
                    "--logproperties", logging.toString(),
                    // what the run command passes for RAPPORT_CLUSTER_* (ClusterSettings), plus loopback only
                    "--clustername", clusterName,
                    "--clustermode", "tcpip:" + String.join(",", all.stream().map(Ports::member).toList()),
                    "--startport", String.valueOf(own.cluster()),
                    "--interfaces", "127.0.0.1",
                    "--nohostaware"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new ClusterNode(name, process, URI.create("http://127.0.0.1:" + own.http() + "/"), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }

    public String name() {
        return name;
    }

    /** Waits until /health/ready answers 200; fails with the end of the log otherwise. */
    public ClusterNode awaitReady(Duration atMost) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new AssertionError(name + " not ready after " + atMost + ":\n" + tail());
    }

    /** Waits until something listens on the port (Hazelcast binds early in the boot). */
    public static void awaitListening(int port, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                sleep(300);
            }
        }
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        String text = logText();
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    /** {@code kill -9}: the instance dies without a word to the cluster. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
