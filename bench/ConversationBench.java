import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The conversations benchmark (bench/conversations.sh runs it): a single-file program (JDK 17 runs
 * it from source) with the PostgreSQL JDBC driver on the class path.
 *
 * <pre>
 * java -cp postgresql.jar bench/ConversationBench.java BASE_URL JDBC_URL PASSWORD [REQUESTS [CONCURRENCY [OPEN_PAGES]]]
 * </pre>
 *
 * 1. The conversation list (GET /messages) and opening a conversation (GET /messages/conversation?id=)
 *    for signed-in bench members, sequential then CONCURRENCY at a time: p50/p99 (ms).
 * 2. The same SQL over JDBC for many members (copied from ConversationQueries: keep them in step).
 * 3. Delivery: OPEN_PAGES (200) recipients each hold their conversation open with its live socket
 *    (the Faces websocket their page opens, same session cookie); their partners send messages
 *    through the real form, 4 at a time; the time from the POST to the push arriving on the
 *    recipient's socket, and to the recipient's page reload finishing (what the page's ajax
 *    refresh does), p50/p99.
 */
public class ConversationBench {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The socket URL in the page's faces.push.init(clientId, url, channel, ...) call, in either kind of quotes. */
    static final Pattern SOCKET_URL = Pattern.compile("faces\\.push\\.init\\(\\s*(['\"])[^'\"]*\\1\\s*,\\s*(['\"])([^'\"]+)\\2");

    static final String LIST_SQL = "select c.id, c.kind, c.state, c.title, cm.unread, cm.last_activity_at, "
            + "c.last_sender_id, lm.body, lm.ending, lm.deleted_at, ls.suspended "
            + "from conversation_member cm join conversation c on c.id = cm.conversation_id "
            + "left join message lm on lm.id = c.last_message_id left join member ls on ls.id = lm.sender_id "
            + "where cm.member_id = ? and cm.folder = 'INBOX' and cm.left_at is null "
            + "order by cm.last_activity_at desc, cm.conversation_id desc limit 21";
    static final String OPEN_SQL = "select m.id, m.sender_id, s.display_name, p.handle, m.ending, m.body, m.created_at, "
            + "m.edited_at, m.deleted_at, m.kind = 'TEXT' and m.deleted_at is null and m.created_at > now() - make_interval(mins => 15) "
            + "from message m join member s on s.id = m.sender_id left join profile p on p.member_id = s.id "
            + "where m.conversation_id = ? and m.id < 9223372036854775807 and not s.suspended "
            + "and not exists (select 1 from message_hidden h where h.member_id = ? and h.message_id = m.id) "
            + "and (m.sender_id = ? or not exists (select 1 from member_block b where (b.blocker_id = ? and b.blocked_id = m.sender_id) "
            + "or (b.blocker_id = m.sender_id and b.blocked_id = ?))) order by m.id desc limit 51";

    final URI base;
    final String jdbcUrl;
    final String password;
    final Random random = new Random(11);

    ConversationBench(URI base, String jdbcUrl, String password) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ConversationBench BASE JDBC_URL PASSWORD [REQUESTS [CONCURRENCY [OPEN_PAGES]]]");
            System.exit(2);
        }
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int pages = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        new ConversationBench(URI.create(args[0]), args[1], args[2]).run(requests, concurrency, pages);
    }

    // ------------------------------------------------------------------ sessions

    static final class Session {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        final URI base;

        Session(URI base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String page, String form, Map<String, String> fields) throws IOException, InterruptedException {
            Matcher state = VIEW_STATE.matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("no view state on " + path);
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put(form, form);
            fields.forEach((k, v) -> data.put(form + ":" + k, v));
            data.put(form + ":submit", "submit");
            data.put("jakarta.faces.ViewState", state.group(1));
            String body = data.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookieHeader() {
            return cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    Session signIn(String email) throws Exception {
        Session session = new Session(base);
        String page = session.get("signin").body();
        HttpResponse<String> response = session.post("signin", page, "signin", Map.of("email", email, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/home")) {
            throw new IllegalStateException("could not sign in as " + email + " (" + response.statusCode() + " " + location + ")");
        }
        return session;
    }

    // ------------------------------------------------------------------ the run

    void run(int requests, int concurrency, int pages) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""))) {
            System.out.printf("data: %s conversations, %s messages, %s memberships%n", count(db, "conversation"), count(db, "message"),
                    count(db, "conversation_member"));
            // viewers: members with a typical-to-busy inbox (at least 20 conversations: a full first page)
            List<Object[]> viewers = rows(db, "select m.id, m.email from (select member_id from conversation_member "
                    + "where folder = 'INBOX' and member_id % 50 = 7 group by member_id having count(*) >= 20) c "
                    + "join member m on m.id = c.member_id where m.email like 'bench%' order by md5(m.id::text) limit 8");
            List<Session> sessions = new ArrayList<>();
            Map<Session, List<Long>> conversations = new LinkedHashMap<>();
            for (Object[] v : viewers) {
                Session s = signIn((String) v[1]);
                sessions.add(s);
                List<Long> ids = new ArrayList<>();
                for (Object[] r : rows(db, "select conversation_id from conversation_member where member_id = ? and left_at is null "
                        + "order by md5(conversation_id::text) limit 200", v[0])) {
                    ids.add((Long) r[0]);
                }
                conversations.put(s, ids);
            }
            System.out.printf("viewers: %d members with >= 20 conversations%n", sessions.size());
            for (int i = 0; i < 40; i++) { // warm-up
                Session s = sessions.get(i % sessions.size());
                s.get("messages");
                s.get("messages/conversation?id=" + pick(conversations.get(s)));
            }
            for (int c : new int[] {1, concurrency}) {
                // the web tier's floor on this machine at this moment: the layout and header, no query of its own
                report("GET /home (baseline)", c, time(requests, c, i -> check(sessions.get(i % sessions.size()).get("home"), "welcome")));
                report("GET /messages (list)", c, time(requests, c, i -> {
                    Session s = sessions.get(i % sessions.size());
                    return check(s.get("messages"), "conversation-row");
                }));
                report("GET /messages/conversation (open)", c, time(requests, c, i -> {
                    Session s = sessions.get(i % sessions.size());
                    return check(s.get("messages/conversation?id=" + pick(conversations.get(s))), "messages-list");
                }));
            }
            sql(db, requests);
            delivery(db, pages);
        }
    }

    long pick(List<Long> ids) {
        synchronized (random) {
            return ids.get(random.nextInt(ids.size()));
        }
    }

    static boolean check(HttpResponse<String> response, String marker) {
        return response.statusCode() == 200 && response.body().contains(marker);
    }

    interface Call {
        boolean call(int i) throws Exception;
    }

    /** Times {@code requests} calls, {@code concurrency} at a time; returns the durations (ms) and counts failures as NaN. */
    static List<Double> time(int requests, int concurrency, Call call) throws Exception {
        long cpu = serverCpuTicks();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Double>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                long start = System.nanoTime();
                boolean ok = call.call(n);
                double ms = (System.nanoTime() - start) / 1e6;
                return ok ? ms : Double.NaN;
            }));
        }
        List<Double> result = new ArrayList<>();
        for (Future<Double> f : futures) {
            result.add(f.get());
        }
        pool.shutdown();
        lastCpu = SERVER_PID == null ? "-" : String.format("%.2f ms", (serverCpuTicks() - cpu) * 1000.0 / CLK_TCK / requests);
        return result;
    }

    // The server process's CPU time (BENCH_SERVER_PID, set by bench/conversations.sh): utime + stime
    // of /proc/PID/stat, all threads, over each timed pass, divided by its requests.
    static final String SERVER_PID = System.getenv("BENCH_SERVER_PID");
    static final int CLK_TCK = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLK_TCK", "100"));
    static String lastCpu = "-";

    static long serverCpuTicks() {
        if (SERVER_PID == null) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", SERVER_PID, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the server's CPU time: " + e.getMessage(), e);
        }
    }

    static void report(String what, int concurrency, List<Double> times) {
        List<Double> ok = times.stream().filter(d -> !d.isNaN()).sorted().toList();
        long errors = times.size() - ok.size();
        System.out.printf("%-40s concurrency %d: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms errors=%d server cpu/req=%s%n", what, concurrency,
                ok.size(), percentile(ok, 50), percentile(ok, 99), ok.isEmpty() ? Double.NaN : ok.get(ok.size() - 1), errors, lastCpu);
    }

    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ------------------------------------------------------------------ raw SQL

    void sql(Connection db, int requests) throws Exception {
        List<Long> members = new ArrayList<>();
        for (Object[] r : rows(db, "select id from member where email like 'bench%' order by md5(id::text) limit " + requests)) {
            members.add((Long) r[0]);
        }
        List<Long> convs = new ArrayList<>();
        for (Object[] r : rows(db, "select id from conversation order by md5(id::text) limit " + requests)) {
            convs.add((Long) r[0]);
        }
        List<Double> list = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        try (PreparedStatement l = db.prepareStatement(LIST_SQL); PreparedStatement o = db.prepareStatement(OPEN_SQL)) {
            for (int i = 0; i < members.size(); i++) {
                l.setLong(1, members.get(i));
                list.add(drain(l));
            }
            for (int i = 0; i < convs.size(); i++) {
                long member = members.get(i % members.size());
                o.setLong(1, convs.get(i));
                for (int p = 2; p <= 5; p++) {
                    o.setLong(p, member);
                }
                open.add(drain(o));
            }
        }
        report("SQL list (random members, cold-ish)", 1, list);
        report("SQL open (random conversations)", 1, open);
    }

    static double drain(PreparedStatement statement) throws Exception {
        long start = System.nanoTime();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    // ------------------------------------------------------------------ delivery

    void delivery(Connection db, int pages) throws Exception {
        // open direct conversations between distinct bench members (each member in one pair only)
        List<Object[]> pairs = rows(db, "select c.id, a.email, b.email from conversation c "
                + "join member a on a.id = c.first_sender_id "
                + "join member b on b.id = (select member_id from conversation_member x where x.conversation_id = c.id and x.member_id <> c.first_sender_id) "
                + "where c.kind = 'DIRECT' and c.state = 'OPEN' and a.email like 'bench%' and b.email like 'bench%' "
                + "order by md5(c.id::text) limit " + (pages * 4));
        List<Object[]> chosen = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Object[] p : pairs) {
            if (chosen.size() == pages) {
                break;
            }
            if (used.add((String) p[1]) & used.add((String) p[2])) {
                chosen.add(p);
            }
        }
        System.out.printf("delivery: signing in %d pairs and opening %d conversation pages with their sockets...%n", chosen.size(), chosen.size());
        Map<Long, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
        List<Object[]> live = new ArrayList<>(); // conversation id, sender session, recipient session
        List<WebSocket> sockets = new ArrayList<>();
        for (Object[] p : chosen) {
            long conversation = (Long) p[0];
            Session sender = signIn((String) p[1]);
            Session recipient = signIn((String) p[2]);
            String page = recipient.get("messages/conversation?id=" + conversation).body();
            Matcher url = SOCKET_URL.matcher(page);
            if (!url.find()) {
                int at = page.indexOf("push");
                throw new IllegalStateException("no socket on the conversation page: "
                        + (at < 0 ? page.substring(0, Math.min(500, page.length())) : page.substring(Math.max(0, at - 200), Math.min(page.length(), at + 300))));
            }
            String path = url.group(3);
            URI ws = path.startsWith("ws") ? URI.create(path)
                    : URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + path);
            WebSocket socket = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().newWebSocketBuilder().header("Cookie", recipient.cookieHeader())
                    .buildAsync(ws, new WebSocket.Listener() {
                        final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                String message = text.toString();
                                text.setLength(0);
                                if (message.contains("\"message\"") && message.contains(String.valueOf(conversation))) {
                                    CompletableFuture<Long> waiting = arrivals.get(conversation);
                                    if (waiting != null) {
                                        waiting.complete(System.nanoTime());
                                    }
                                }
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            sockets.add(socket);
            live.add(new Object[] {conversation, sender, recipient});
        }
        System.out.printf("delivery: %d open conversation pages with live sockets%n", sockets.size());
        List<Double> push = Collections.synchronizedList(new ArrayList<>());
        List<Double> reload = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Object[] l : live) {
                done.add(pool.submit(() -> {
                    long conversation = (Long) l[0];
                    Session sender = (Session) l[1];
                    Session recipient = (Session) l[2];
                    String page = sender.get("messages/conversation?id=" + conversation).body();
                    CompletableFuture<Long> arrival = new CompletableFuture<>();
                    arrivals.put(conversation, arrival);
                    long start = System.nanoTime();
                    HttpResponse<String> sent = sender.post("messages/conversation?id=" + conversation, page, "send",
                            Map.of("body", "bench message " + System.nanoTime()));
                    if (sent.statusCode() != 302 && sent.statusCode() != 303) {
                        push.add(Double.NaN);
                        return null;
                    }
                    try {
                        long at = arrival.get(5, TimeUnit.SECONDS);
                        push.add((at - start) / 1e6);
                        recipient.get("messages/conversation?id=" + conversation);
                        reload.add((System.nanoTime() - start) / 1e6);
                    } catch (java.util.concurrent.TimeoutException lost) {
                        push.add(Double.NaN);
                    }
                    arrivals.remove(conversation);
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        report("delivery: send -> push on the open page", 4, push);
        report("delivery: send -> page refreshed", 4, reload);
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
    }

    // ------------------------------------------------------------------ JDBC helpers

    static long count(Connection db, String table) throws Exception {
        return (Long) rows(db, "select count(*) from " + table).get(0)[0];
    }

    static List<Object[]> rows(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
