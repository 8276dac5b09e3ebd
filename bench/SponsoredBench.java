import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sponsored content benchmark's load client (issue #11; bench/sponsored.sh runs it): the feed
 * page {@code /home} with the sponsored plugin disabled and enabled, on the same server, database
 * and data, in alternating rounds so that the neighbours' load on a shared machine falls on both.
 *
 * <pre>
 * java -cp postgresql.jar bench/SponsoredBench.java BASE_URL JDBC_URL PASSWORD [REQUESTS [CONCURRENCY [ROUNDS]]]
 * </pre>
 * Signs in {@code BENCH_VIEWERS} (48) bench members picked at random (so about 60 % of them have
 * the targeting purpose on, as in the data), warms up both modes ({@code BENCH_WARM_UP} requests
 * each, 300), then per round: plugin off, a sequential and a concurrent pass of REQUESTS; plugin on,
 * the same. The plugin is switched the way /admin/plugins does it (its row in plugin_state, read
 * per request), and it is left in the state it was found in. Prints per mode p50/p99, the server's
 * CPU time per request ({@code BENCH_SERVER_PID}, utime + stime of /proc/PID/stat, all threads),
 * the share of pages that carried an ad, and the differences.
 */
public class SponsoredBench {

    static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARM_UP", "300"));
    static final int VIEWERS = Integer.parseInt(System.getenv().getOrDefault("BENCH_VIEWERS", "48"));
    static final String PID = System.getenv("BENCH_SERVER_PID");
    static final int HZ = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLK_TCK", "100"));

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SponsoredBench BASE_URL JDBC_URL PASSWORD [REQUESTS [CONCURRENCY [ROUNDS]]]");
            System.exit(2);
        }
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        new SponsoredBench(URI.create(args[0]), args[1], args[2]).run(requests, concurrency, rounds);
    }

    final URI base;
    final String jdbcUrl;
    final String password;

    SponsoredBench(URI base, String jdbcUrl, String password) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.password = password;
    }

    /** What one mode (plugin off or on) measured over all rounds. */
    static final class Mode {
        final String name;
        final List<Double> sequential = new ArrayList<>();
        final List<Double> concurrent = new ArrayList<>();
        long sequentialTicks;
        long concurrentTicks;
        double concurrentSeconds;
        final AtomicInteger pages = new AtomicInteger();
        final AtomicInteger withAd = new AtomicInteger();
        final AtomicInteger targeted = new AtomicInteger();

        Mode(String name) {
            this.name = name;
        }
    }

    void run(int requests, int concurrency, int rounds) throws Exception {
        List<Session> sessions = new ArrayList<>();
        boolean initiallyEnabled;
        try (Connection db = connect()) {
            initiallyEnabled = enabled(db);
            int consenting = 0;
            int off = 0;
            try (PreparedStatement s = db.prepareStatement("""
                    select m.id, m.email,
                           exists (select 1 from fact_consent f where f.member_id = m.id and f.purpose = 'sponsored.targeting' and f.allowed),
                           exists (select 1 from sponsored_member_choice c where c.member_id = m.id and c.sponsored_off)
                    from member m where m.email like 'bench%@bench.rapport.test'
                    and not exists (select 1 from sponsored_advertiser a where a.member_id = m.id)
                    order by md5('viewer' || m.id) limit ?""")) {
                s.setInt(1, VIEWERS);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        sessions.add(signIn(rows.getLong(1), rows.getString(2)));
                        consenting += rows.getBoolean(3) ? 1 : 0;
                        off += rows.getBoolean(4) ? 1 : 0;
                    }
                }
            }
            System.out.printf("viewers: %d bench members at random, %d with the targeting purpose on, %d with sponsored content off%n",
                    sessions.size(), consenting, off);
            try (PreparedStatement s = db.prepareStatement("select count(*) from sponsored_campaign where status = 'RUNNING' "
                    + "and start_date <= current_date and end_date >= current_date");
                 ResultSet rows = s.executeQuery()) {
                rows.next();
                System.out.printf("running campaigns in their dates: %d%n", rows.getInt(1));
            }
        }

        Mode off = new Mode("sponsored off");
        Mode on = new Mode("sponsored on");
        System.out.printf("warm-up: %d feed pages with the plugin on, %d with it off (%d at a time)%n", WARM_UP, WARM_UP, concurrency);
        setEnabled(true);
        concurrently(sessions, new double[WARM_UP], concurrency, null);
        setEnabled(false);
        concurrently(sessions, new double[WARM_UP], concurrency, null);
        try {
            for (int round = 1; round <= rounds; round++) {
                for (Mode mode : List.of(off, on)) {
                    setEnabled(mode == on);
                    double[] sequential = new double[requests];
                    long cpu = ticks();
                    for (int i = 0; i < requests; i++) {
                        sequential[i] = fetch(sessions.get(i % sessions.size()), mode);
                    }
                    mode.sequentialTicks += ticks() - cpu;
                    double[] concurrent = new double[requests];
                    cpu = ticks();
                    mode.concurrentSeconds += concurrently(sessions, concurrent, concurrency, mode);
                    mode.concurrentTicks += ticks() - cpu;
                    Arrays.stream(sequential).forEach(mode.sequential::add);
                    Arrays.stream(concurrent).forEach(mode.concurrent::add);
                    System.out.printf("round %d, %-14s sequential p50 %6.1f ms, concurrent p50 %6.1f ms%n", round, mode.name,
                            pct(sequential, 50), pct(concurrent, 50));
                }
            }
        } finally {
            setEnabled(initiallyEnabled);
        }

        int perMode = requests * rounds;
        System.out.printf("%n/home, %d rounds of %d sequential and %d concurrent requests (%d at a time) per mode%n",
                rounds, requests, requests, concurrency);
        System.out.printf("%-14s %8s %8s %9s | %8s %8s %7s %9s | %s%n", "mode", "p50 ms", "p99 ms", "cpu/req", "p50 ms", "p99 ms", "req/s",
                "cpu/req", "pages with an ad (targeted)");
        for (Mode mode : List.of(off, on)) {
            System.out.printf("%-14s %8.1f %8.1f %9s | %8.1f %8.1f %7.1f %9s | %d of %d (%d)%n", mode.name,
                    pct(mode.sequential, 50), pct(mode.sequential, 99), perRequest(mode.sequentialTicks, perMode),
                    pct(mode.concurrent, 50), pct(mode.concurrent, 99), perMode / mode.concurrentSeconds,
                    perRequest(mode.concurrentTicks, perMode), mode.withAd.get(), mode.pages.get(), mode.targeted.get());
        }
        System.out.printf("%-14s %+8.1f %+8.1f %9s | %+8.1f %+8.1f %7s %9s%n", "on - off",
                pct(on.sequential, 50) - pct(off.sequential, 50), pct(on.sequential, 99) - pct(off.sequential, 99),
                PID == null ? "-" : String.format("%+.2f", (on.sequentialTicks - off.sequentialTicks) * 1000.0 / HZ / perMode),
                pct(on.concurrent, 50) - pct(off.concurrent, 50), pct(on.concurrent, 99) - pct(off.concurrent, 99), "",
                PID == null ? "-" : String.format("%+.2f", (on.concurrentTicks - off.concurrentTicks) * 1000.0 / HZ / perMode));
        System.out.println("(cpu/req: the server process's CPU time, all threads, per request over the passes of that mode, in ms)");
        if (!ERRORS.isEmpty()) {
            System.out.println("errors (not 200): " + ERRORS);
        }
    }

    // ------------------------------------------------------------------ the plugin's switch

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getenv().getOrDefault("PGUSER", "postgres"),
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    static boolean enabled(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select enabled from plugin_state where plugin_id = 'sponsored'");
             ResultSet rows = s.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no plugin_state row for sponsored: is the plugin in this build?");
            }
            return rows.getBoolean(1);
        }
    }

    /** As /admin/plugins does it: the state row and a line in its history (no admin: changed_by null). */
    void setEnabled(boolean enabled) throws SQLException {
        try (Connection db = connect()) {
            if (enabled(db) == enabled) {
                return;
            }
            try (PreparedStatement s = db.prepareStatement("update plugin_state set enabled = ?, changed_at = now(), changed_by = null "
                    + "where plugin_id = 'sponsored'")) {
                s.setBoolean(1, enabled);
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("insert into plugin_state_change (plugin_id, enabled, changed_at) values ('sponsored', ?, now())")) {
                s.setBoolean(1, enabled);
                s.executeUpdate();
            }
        }
    }

    // ------------------------------------------------------------------ HTTP

    /** One browser: cookies, no redirects followed (a redirect to /signin must not count as a page). */
    static final class Session {
        final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        final URI base;

        Session(URI base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> submit(String path, String form, Map<String, String> fields) throws IOException, InterruptedException {
            String page = get(path).body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("no view state on " + path);
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put(form, form);
            fields.forEach((k, v) -> data.put(form + ":" + k, v));
            data.put(form + ":submit", "submit");
            data.put("jakarta.faces.ViewState", state.group(1));
            String body = data.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    Session signIn(long memberId, String email) throws Exception {
        Session session = new Session(base);
        HttpResponse<String> response = session.submit("signin", "signin", Map.of("email", email, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/home")) {
            throw new IllegalStateException("could not sign in as " + email + " (" + response.statusCode() + " " + location + ")");
        }
        return session;
    }

    static final Map<String, AtomicInteger> ERRORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One feed page; counts whether it carried an ad (and a targeted one) into {@code mode}, when given. */
    static double fetch(Session session, Mode mode) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = session.get("home");
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            ERRORS.computeIfAbsent("/home HTTP " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        }
        if (mode != null) {
            mode.pages.incrementAndGet();
            if (response.body().contains("class=\"sponsored-ad\"")) {
                mode.withAd.incrementAndGet();
                if (response.body().contains("class=\"why-matched\"")) {
                    mode.targeted.incrementAndGet();
                }
            }
        }
        return ms;
    }

    /** Sends times.length feed pages, {@code concurrency} at a time; returns the seconds it took. */
    static double concurrently(List<Session> sessions, double[] times, int concurrency, Mode mode) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                for (int n = worker; n < times.length; n += concurrency) {
                    times[n] = fetch(sessions.get(n % sessions.size()), mode);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    // ------------------------------------------------------------------ figures

    static long ticks() {
        if (PID == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", PID, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's CPU time: " + e.getMessage(), e);
        }
    }

    static String perRequest(long ticks, int requests) {
        return PID == null ? "-" : String.format("%.2f", ticks * 1000.0 / HZ / requests);
    }

    static double pct(List<Double> values, int percentile) {
        return pct(values.stream().mapToDouble(Double::doubleValue).toArray(), percentile);
    }

    static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
