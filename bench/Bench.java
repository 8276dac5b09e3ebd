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
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rapport's load client: a single-file program (JDK 17 runs it from source), no dependencies
 * beyond the PostgreSQL JDBC driver on the class path.
 *
 * <pre>
 * java bench/Bench.java signup BASE_URL EMAIL PASSWORD
 *     signs up one member through the real form (bench/run.sh copies their password hash)
 * java -cp postgresql.jar bench/Bench.java run BASE_URL JDBC_URL PASSWORD [REQUESTS [CONCURRENCY]]
 *     signs in a few bench members, warms up, then times each endpoint (sequential, then
 *     concurrent) and, next to it, the raw SQL behind it over JDBC
 * java -cp postgresql.jar bench/Bench.java recruiter BASE_URL JDBC_URL PASSWORD [REQUESTS [CONCURRENCY]]
 *     the recruiter plugin's pages (bench/recruiter.sh): the candidate search as the bench
 *     recruiters (bench1..bench4, each for one of their organisation's open jobs) and the jobs list
 * </pre>
 * With {@code BENCH_SERVER_PID} set (bench/run.sh sets it), each pass also reports the server
 * process's CPU time per request (utime + stime of /proc/PID/stat over the pass, all threads, GC
 * and JIT included): on a shared machine wall time measures the neighbours too. With
 * {@code BENCH_MEMBERS} (default 100000) the viewers are picked to exist in a smaller data set.
 */
public class Bench {

    static final String PEOPLE_SEARCH_SQL = "app-core/src/main/resources/social/rapport/core/search/people-search.sql";
    static final int VIEWERS = 4;
    /**
     * Warm-up requests per page (BENCH_WARM_UP), sent by all workers: with fewer, the JIT still
     * compiles during the timed passes, and its CPU time doubles the first pass's figure.
     */
    static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARM_UP", "600"));

    /** Realistic queries: names (with and without accents, with typos, prefixes), skills, organisations, places, titles. */
    static final List<String> QUERIES = List.of(
            "rossi", "giulia bianchi", "jose", "niccolo ferrari", "marko rosi", "smith", "emma wil", "nunez",
            "java", "kubernetes", "machine learning", "project management", "aurora software", "etna bank",
            "milano", "london", "torino", "data engineer", "avvocato", "software engineer milano");

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("signup")) {
            signUp(URI.create(args[1]), args[2], args[3]);
        } else if (args.length >= 4 && args[0].equals("run")) {
            int requests = args.length > 4 ? Integer.parseInt(args[4]) : 300;
            int concurrency = args.length > 5 ? Integer.parseInt(args[5]) : 4;
            new Bench(URI.create(args[1]), args[2], args[3]).run(requests, concurrency);
        } else if (args.length >= 4 && args[0].equals("recruiter")) {
            int requests = args.length > 4 ? Integer.parseInt(args[4]) : 300;
            int concurrency = args.length > 5 ? Integer.parseInt(args[5]) : 4;
            new Bench(URI.create(args[1]), args[2], args[3]).recruiter(requests, concurrency);
        } else {
            System.err.println("usage: Bench signup BASE EMAIL PASSWORD | Bench run|recruiter BASE JDBC_URL PASSWORD [REQUESTS [CONCURRENCY]]");
            System.exit(2);
        }
    }

    final URI base;
    final String jdbcUrl;
    final String password;
    final Random random = new Random(7);

    Bench(URI base, String jdbcUrl, String password) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.password = password;
    }

    // ------------------------------------------------------------------ HTTP sessions

    /** One browser: cookies, no redirects followed (a redirect to /signin must not count as a page). */
    static final class Session {
        final HttpClient client;
        final URI base;
        final long memberId;

        Session(URI base, long memberId) {
            this(base, memberId, true);
        }

        /** Without cookies, every request is a new visitor (a crawler, a first visit). */
        Session(URI base, long memberId, boolean cookies) {
            HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
            if (cookies) {
                builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
            }
            this.client = builder.build();
            this.base = base;
            this.memberId = memberId;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Submits the Faces form {@code form} of the page at {@code path} with these fields, pressing {@code form:submit}. */
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

    static void signUp(URI base, String email, String password) throws Exception {
        HttpResponse<String> response = new Session(base, 0).submit("signup", "signup",
                Map.of("email", email, "displayName", "Bench Owner", "password", password));
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException("sign-up failed: " + response.statusCode());
        }
        System.out.println("signed up " + email);
    }

    Session signIn(long memberId, String email) throws Exception {
        Session session = new Session(base, memberId);
        HttpResponse<String> response = session.submit("signin", "signin", Map.of("email", email, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/home")) {
            throw new IllegalStateException("could not sign in as " + email + " (" + response.statusCode() + " " + location + ")");
        }
        return session;
    }

    // ------------------------------------------------------------------ the run

    record Viewer(long id, String email, String handle, int degree) {
    }

    void run(int requests, int concurrency) throws Exception {
        List<Viewer> viewers = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        int members = Integer.parseInt(System.getenv().getOrDefault("BENCH_MEMBERS", "100000"));
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""))) {
            // viewers with ordinary degrees (the median member), as most requests come from them
            // (with 100k members: bench101, bench2002, bench30003, bench70004)
            try (PreparedStatement s = db.prepareStatement("""
                    select m.id, m.email, p.handle, (select count(*) from connection_edge e where e.member_id = m.id) as degree
                    from member m join profile p on p.member_id = m.id
                    where m.email in (?, ?, ?, ?)
                    order by m.id""")) {
                int[] picks = {101, members / 50 + 2, members * 3 / 10 + 3, members * 7 / 10 + 4};
                for (int p = 0; p < picks.length; p++) {
                    s.setString(p + 1, "bench" + picks[p] + "@bench.rapport.test");
                }
                try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    viewers.add(new Viewer(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
                }
                }
            }
            try (PreparedStatement s = db.prepareStatement("select handle from profile order by md5(member_id::text) limit 500");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    handles.add(rows.getString(1));
                }
            }
        }
        System.out.printf("viewers (id, connections): %s%n",
                viewers.stream().map(v -> v.id() + " (" + v.degree() + ")").collect(Collectors.joining(", ")));
        // One session per concurrent worker, as each person has their own browser (the viewers'
        // sessions are reused when there are more workers than viewers).
        List<Session> signedIn = new ArrayList<>();
        for (int i = 0; i < Math.max(viewers.size(), concurrency); i++) {
            Viewer viewer = viewers.get(i % viewers.size());
            signedIn.add(signIn(viewer.id(), viewer.email()));
        }

        // anonymous visitors, each request a new one (no cookies kept): does the page hand out sessions?
        List<Session> anonymous = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            anonymous.add(new Session(base, 0, false));
        }

        Map<String, Function<Integer, String>> endpoints = new LinkedHashMap<>();
        endpoints.put("home (feed)    /home", i -> "home");
        endpoints.put("people search  /search?q=", i -> "search?q=" + enc(QUERIES.get(i % QUERIES.size())));
        endpoints.put("profile page   /in/<handle>", i -> "in/" + handles.get(i % handles.size()));
        endpoints.put("people you may know /network", i -> "network");
        endpoints.put("conversations  /messages", i -> "messages");
        endpoints.put("notifications  /notifications", i -> "notifications");
        endpoints.put("anonymous landing page /", i -> "");
        endpoints.put("liveness       /health/live", i -> "health/live");

        System.out.printf("%nHTTP, %d requests per endpoint after %d warm-up requests (sequential, then %d at a time)%n",
                requests, WARM_UP, concurrency);
        System.out.printf("%s%n", ServerCpu.PID == null ? "(BENCH_SERVER_PID not set: no server CPU figures)"
                : "cpu/req: the server process's CPU time (all threads) per request over the pass, in ms; jit/req: the part of it"
                + " spent by the JIT compiler threads");
        System.out.printf("%-32s %12s %8s %8s %8s %8s %8s | %12s %8s %8s %10s %8s %8s%n",
                "endpoint", "sequential", "p50 ms", "p99 ms", "max ms", "cpu/req", "jit/req", "concurrent", "p50 ms", "p99 ms", "req/s",
                "cpu/req", "jit/req");
        String only = System.getenv("BENCH_PAGES"); // e.g. "/home,/in/": only the pages whose name contains one of these
        if (only != null && !only.isBlank()) {
            endpoints.keySet().removeIf(name -> Arrays.stream(only.split(",")).noneMatch(name::contains));
        }
        for (var endpoint : endpoints.entrySet()) {
            List<Session> sessions = endpoint.getKey().startsWith("anonymous") ? anonymous : signedIn;
            HttpResponse<String> probe = sessions.get(0).get(endpoint.getValue().apply(0));
            if (probe.statusCode() != 200) {
                System.out.printf("%-32s not available in this build (HTTP %d)%n", endpoint.getKey(), probe.statusCode());
                continue;
            }
            concurrently(sessions, endpoint.getValue(), new double[WARM_UP], concurrency);
            int cookiesBefore = SET_COOKIES.get();
            double[] sequential = new double[requests];
            long cpu = ServerCpu.ticks();
            long jit = ServerCpu.jitTicks();
            for (int i = 0; i < requests; i++) {
                sequential[i] = fetch(sessions.get(i % sessions.size()), endpoint.getValue().apply(i));
            }
            String sequentialCpu = ServerCpu.perRequest(cpu, requests);
            String sequentialJit = ServerCpu.jitPerRequest(jit, requests);
            double[] concurrent = new double[requests];
            cpu = ServerCpu.ticks();
            jit = ServerCpu.jitTicks();
            double seconds = concurrently(sessions, endpoint.getValue(), concurrent, concurrency);
            String concurrentCpu = ServerCpu.perRequest(cpu, requests);
            String concurrentJit = ServerCpu.jitPerRequest(jit, requests);
            System.out.printf("%-32s %12s %8.1f %8.1f %8.1f %8s %8s | %12s %8.1f %8.1f %10.0f %8s %8s%n", endpoint.getKey(), "",
                    pct(sequential, 50), pct(sequential, 99), pct(sequential, 100), sequentialCpu, sequentialJit, "",
                    pct(concurrent, 50), pct(concurrent, 99), requests / seconds, concurrentCpu, concurrentJit);
            int cookies = SET_COOKIES.get() - cookiesBefore;
            if (cookies > 0) {
                System.out.printf("%-32s %d of %d answers set a session cookie%n", "", cookies, 2 * requests);
            }
        }

        if (ServerCpu.PID != null) { // after the pages, once the JIT has little left to compile
            long idle = ServerCpu.ticks();
            long jit = ServerCpu.jitTicks();
            Thread.sleep(5000);
            System.out.printf("%-32s server CPU with no requests: %s ms per second (JIT: %s)%n", "idle (5 s)",
                    ServerCpu.perRequest(idle, 5), ServerCpu.jitPerRequest(jit, 5));
        }
        if (!ERRORS.isEmpty()) {
            System.out.println("errors (not 200): " + ERRORS);
        }
        rawSql(viewers, handles, requests);
    }

    /** What recruiters search for: words in roles wanted, job titles and skills, with or without a location; the last matches nobody. */
    static final List<String[]> CANDIDATE_QUERIES = List.of(new String[] {"", ""}, new String[] {"java", ""},
            new String[] {"data engineer", ""}, new String[] {"kubernetes", "Milano"}, new String[] {"rust", ""},
            new String[] {"python", "London"}, new String[] {"robotics", ""}, new String[] {"nurse", "Torino"},
            new String[] {"sql", ""}, new String[] {"zzzunknown", ""});
    /** What members look for in the jobs list: nothing (the newest), a title, a place, a skill, remote, pay at least. */
    static final List<String> JOB_QUERIES = List.of("", "?title=engineer", "?location=Milano", "?skill=Kafka", "?remote=true",
            "?pay=70000", "?title=nurse&location=Roma", "?skill=ROS&pay=50000", "?title=zzzunknown");

    /** The recruiter plugin's pages (bench/recruiter.sh has loaded bench/generate-recruiter.sql). */
    void recruiter(int requests, int concurrency) throws Exception {
        record Recruiter(long id, String email, long job) {
        }
        List<Recruiter> recruiters = new ArrayList<>();
        long afterJob;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
             PreparedStatement s = db.prepareStatement("""
                     select m.id, m.email, (select max(j.id) from recruiter_job j where j.organisation_id = r.organisation_id
                                            and j.status = 'OPEN' and j.expires_at > now()) as job
                     from recruiter_recruiter r join member m on m.id = r.member_id
                     order by m.id limit 4""");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                recruiters.add(new Recruiter(rows.getLong(1), rows.getString(2), rows.getLong(3)));
            }
            try (PreparedStatement p = db.prepareStatement("select id from recruiter_job where status = 'OPEN' order by id desc offset 2000 limit 1");
                 ResultSet row = p.executeQuery()) {
                row.next();
                afterJob = row.getLong(1);
            }
        }
        if (recruiters.isEmpty()) {
            throw new IllegalStateException("no bench recruiters: load bench/generate-recruiter.sql first");
        }
        System.out.printf("recruiters (id, job): %s%n", recruiters.stream().map(r -> r.id() + " (" + r.job() + ")").collect(Collectors.joining(", ")));
        List<Session> signedIn = new ArrayList<>();
        List<Long> jobOf = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) { // one session per worker, so worker w always asks with its recruiter's job
            Recruiter r = recruiters.get(i % recruiters.size());
            signedIn.add(signIn(r.id(), r.email()));
            jobOf.add(r.job());
        }
        Map<String, Function<Integer, String>> endpoints = new LinkedHashMap<>();
        // request n goes to session n % sessions (see concurrently): its recruiter's job
        endpoints.put("candidate search  /p/recruiter/manage/candidates", i -> {
            String[] q = CANDIDATE_QUERIES.get(i % CANDIDATE_QUERIES.size());
            return "p/recruiter/manage/candidates?job=" + jobOf.get(i % signedIn.size()) + "&words=" + enc(q[0]) + "&location=" + enc(q[1]);
        });
        endpoints.put("jobs list         /p/recruiter/jobs", i -> "p/recruiter/jobs" + JOB_QUERIES.get(i % JOB_QUERIES.size()));
        endpoints.put("jobs list, page 100 (after=)", i -> "p/recruiter/jobs?after=" + afterJob);
        System.out.printf("%nHTTP, %d requests per endpoint after %d warm-up requests (sequential, then %d at a time)%n",
                requests, WARM_UP, concurrency);
        System.out.printf("%-40s %8s %8s %8s %8s | %8s %8s %8s %8s%n", "endpoint", "p50 ms", "p99 ms", "max ms", "cpu/req",
                "p50 ms", "p99 ms", "req/s", "cpu/req");
        for (var endpoint : endpoints.entrySet()) {
            HttpResponse<String> probe = signedIn.get(0).get(endpoint.getValue().apply(0));
            if (probe.statusCode() != 200) {
                System.out.printf("%-40s HTTP %d%n", endpoint.getKey(), probe.statusCode());
                continue;
            }
            concurrently(signedIn, endpoint.getValue(), new double[WARM_UP], concurrency);
            double[] sequential = new double[requests];
            long cpu = ServerCpu.ticks();
            for (int i = 0; i < requests; i++) {
                sequential[i] = fetch(signedIn.get(i % signedIn.size()), endpoint.getValue().apply(i));
            }
            String sequentialCpu = ServerCpu.perRequest(cpu, requests);
            double[] concurrent = new double[requests];
            cpu = ServerCpu.ticks();
            double seconds = concurrently(signedIn, endpoint.getValue(), concurrent, concurrency);
            System.out.printf("%-40s %8.1f %8.1f %8.1f %8s | %8.1f %8.1f %8.0f %8s%n", endpoint.getKey(), pct(sequential, 50),
                    pct(sequential, 99), pct(sequential, 100), sequentialCpu, pct(concurrent, 50), pct(concurrent, 99),
                    requests / seconds, ServerCpu.perRequest(cpu, requests));
        }
        if (!ERRORS.isEmpty()) {
            System.out.println("errors (not 200): " + ERRORS);
        }
    }

    /** Sends times.length requests, {@code concurrency} at a time (worker w uses session w); returns the seconds it took. */
    static double concurrently(List<Session> sessions, Function<Integer, String> path, double[] times, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                for (int n = worker; n < times.length; n += concurrency) {
                    times[n] = fetch(sessions.get(worker % sessions.size()), path.apply(n));
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

    static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> ERRORS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Answers that hand out a session cookie (JSESSIONID): an anonymous page should never do it. */
    static final java.util.concurrent.atomic.AtomicInteger SET_COOKIES = new java.util.concurrent.atomic.AtomicInteger();

    /** CPU time of the server process (BENCH_SERVER_PID) from /proc/PID/stat, in clock ticks (BENCH_CLK_TCK, 100). */
    static final class ServerCpu {
        static final String PID = System.getenv("BENCH_SERVER_PID");
        static final int HZ = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLK_TCK", "100"));

        static long ticks() {
            if (PID == null) {
                return 0;
            }
            try {
                String stat = Files.readString(Path.of("/proc", PID, "stat"));
                // the fields after the command name (which may hold spaces) in parentheses
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the server's CPU time: " + e.getMessage(), e);
            }
        }

        /** Milliseconds of server CPU per request since {@code start}, or "-" without a PID. */
        static String perRequest(long start, int requests) {
            return PID == null ? "-" : String.format("%.2f", (ticks() - start) * 1000.0 / HZ / requests);
        }

        /**
         * CPU ticks of the JIT compiler threads (C1, C2) so far: the threads that are not serving
         * requests but still take a large share while the server warms up (threads that ended are
         * not counted, so this is a lower bound).
         */
        static long jitTicks() {
            if (PID == null) {
                return 0;
            }
            long sum = 0;
            try (var tasks = Files.list(Path.of("/proc", PID, "task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        if (name.contains("CompilerThre")) {
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException ended) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the server's threads: " + e.getMessage(), e);
            }
            return sum;
        }

        static String jitPerRequest(long start, int requests) {
            return PID == null ? "-" : String.format("%.2f", (jitTicks() - start) * 1000.0 / HZ / requests);
        }
    }

    /**
     * Milliseconds for one page. Anything but a 200 is counted as an error (a redirect to sign-in
     * would flatter the figures) and reported; Payara Micro 6.2025.10 answers some concurrent
     * authenticated requests with 403 (Payara FISH-7515, fixed upstream in 2026).
     */
    static double fetch(Session session, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = session.get(path);
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
            SET_COOKIES.incrementAndGet();
        }
        if (response.statusCode() != 200) {
            ERRORS.computeIfAbsent(path.replaceAll("\\?.*|/[^/]*$", "") + " HTTP " + response.statusCode(),
                    k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }
        return ms;
    }

    // ------------------------------------------------------------------ raw SQL

    /** The SQL behind each page, over JDBC, sequential: what the database costs, without the web tier. */
    void rawSql(List<Viewer> viewers, List<String> handles, int requests) throws Exception {
        String search = Files.readString(Path.of(PEOPLE_SEARCH_SQL)).lines()
                .filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
        List<Integer> order = new ArrayList<>();
        Matcher m = Pattern.compile("\\?(\\d+)").matcher(search);
        StringBuilder jdbcSql = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(jdbcSql, "?");
        }
        m.appendTail(jdbcSql);

        System.out.printf("%nRaw SQL over JDBC (same queries, sequential, %d runs each after warm-up)%n", requests);
        System.out.printf("%-32s %8s %8s %8s%n", "query", "p50 ms", "p99 ms", "max ms");
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""))) {
            try (PreparedStatement s = db.prepareStatement(jdbcSql.toString())) {
                report("people search (people-search.sql)", requests, i -> {
                    Object[] values = {null, viewers.get(i % viewers.size()).id(), QUERIES.get(i % QUERIES.size()),
                            new java.math.BigDecimal("1000000"), Long.MAX_VALUE, 21};
                    for (int p = 0; p < order.size(); p++) {
                        s.setObject(p + 1, values[order.get(p)]);
                    }
                    return s;
                });
            }
            // The profile page and "people you may know" belong to other branches; these are the
            // queries such pages need (the lead re-runs the benchmark after merging).
            try (PreparedStatement s = db.prepareStatement("""
                    select m.display_name, p.*,
                           (select json_agg(e order by e.start_month desc) from experience e where e.member_id = p.member_id),
                           (select json_agg(ed) from education ed where ed.member_id = p.member_id),
                           (select string_agg(k.name, ', ') from member_skill ms join skill k on k.id = ms.skill_id where ms.member_id = p.member_id),
                           (select count(*) from connection_edge c where c.member_id = p.member_id),
                           exists (select 1 from connection_edge c where c.member_id = ? and c.other_id = p.member_id)
                    from profile p join member m on m.id = p.member_id
                    where p.handle = ? and not m.suspended""")) {
                report("profile by handle (reference)", requests, i -> {
                    s.setLong(1, viewers.get(i % viewers.size()).id());
                    s.setString(2, handles.get(i % handles.size()));
                    return s;
                });
            }
            try (PreparedStatement s = db.prepareStatement("""
                    select f2.other_id, count(*) as mutual
                    from connection_edge f1
                    join connection_edge f2 on f2.member_id = f1.other_id
                    where f1.member_id = ?
                      and f2.other_id <> f1.member_id
                      and not exists (select 1 from connection_edge c where c.member_id = f1.member_id and c.other_id = f2.other_id)
                      and not exists (select 1 from member_block b where (b.blocker_id = f1.member_id and b.blocked_id = f2.other_id)
                                                                   or (b.blocker_id = f2.other_id and b.blocked_id = f1.member_id))
                    group by f2.other_id
                    order by mutual desc, f2.other_id
                    limit 10""")) {
                report("mutual-connection suggestions (reference)", requests, i -> {
                    s.setLong(1, viewers.get(i % viewers.size()).id());
                    return s;
                });
            }
        }
    }

    interface Prepared {
        PreparedStatement prepare(int i) throws SQLException;
    }

    static void report(String name, int runs, Prepared prepared) throws SQLException {
        for (int i = 0; i < WARM_UP; i++) {
            time(prepared.prepare(i));
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = time(prepared.prepare(i));
        }
        System.out.printf("%-32s %8.1f %8.1f %8.1f%n", name, pct(ms, 50), pct(ms, 99), pct(ms, 100));
    }

    static double time(PreparedStatement statement) throws SQLException {
        long start = System.nanoTime();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
