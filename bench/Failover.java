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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The failover drill's load client (single file, JDK 17 runs it from source; bench/failover.sh
 * drives it). Signed-in members, through the balancer, each in turn read their home page and
 * their messages, send a message to a partner, publish a post and comment on a post of their
 * home page, at a steady pace. The phase (a word in the file
 * PHASE_FILE, written by the script: before, kill, restarted, rolling, after) tags every request,
 * so that failures and latency are reported per phase.
 *
 * <pre>
 * java bench/Failover.java signup BASE MEMBERS PASSWORD OUT_EMAILS
 * java bench/Failover.java run BASE EMAILS_FILE PASSWORD PHASE_FILE STOP_FILE OUT_ACKED
 * </pre>
 * {@code run} writes every acknowledged write (a success answer: the message or comment shown, the
 * post's redirect to the home page) to OUT_ACKED, one "kind marker" a line (kind: message, post or
 * comment), for the script to look up in PostgreSQL, and checks at the end how many members
 * are still signed in.
 */
public class Failover {

    /** What each member does, in turn. */
    static final String[] KINDS = {"home", "message", "inbox", "post", "home", "comment"};
    static final java.util.Set<String> WRITES = java.util.Set.of("message", "post", "comment");

    record Sample(String phase, long startMillis, long nanos, boolean ok, String what, String why) {
    }

    static final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(3)).build();
        final URI base;

        Browser(URI base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Submits form {@code form} of the page (its view state), pressing form:submit. */
        HttpResponse<String> submit(HttpResponse<String> page, String form, Map<String, String> fields) throws IOException, InterruptedException {
            return submit(page, form, fields, "submit");
        }

        /** Submits multipart form {@code form} (the composer, which takes a photo) without a file, pressing form:BUTTON. */
        HttpResponse<String> submitMultipart(HttpResponse<String> page, String form, Map<String, String> fields, String button)
                throws IOException, InterruptedException {
            String boundary = "----drill" + Long.toString(System.nanoTime(), 36);
            StringBuilder body = new StringBuilder();
            formData(page, form, fields, button).forEach((k, v) -> body.append("--").append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
            body.append("--").append(boundary).append("--\r\n");
            return client.send(HttpRequest.newBuilder(page.uri()).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Submits form {@code form} of the page (its view state), pressing form:BUTTON. */
        HttpResponse<String> submit(HttpResponse<String> page, String form, Map<String, String> fields, String button)
                throws IOException, InterruptedException {
            String body = formData(page, form, fields, button).entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(page.uri()).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** What a browser posts for form {@code form} of the page: its fields, the button pressed and the page's view state. */
        private static Map<String, String> formData(HttpResponse<String> page, String form, Map<String, String> fields, String button)
                throws IOException {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            if (!state.find()) {
                throw new IOException("no form on " + page.uri() + " (" + page.statusCode() + ")");
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put(form, form);
            fields.forEach((k, v) -> data.put(form + ":" + k, v));
            data.put(form + ":" + button, button);
            data.put("jakarta.faces.ViewState", state.group(1));
            return data;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/");
        if (args[0].equals("signup")) {
            int members = Integer.parseInt(args[2]);
            List<String> emails = new ArrayList<>();
            String run = Long.toString(System.currentTimeMillis(), 36);
            for (int i = 0; i < members; i++) {
                String email = "drill-" + run + "-" + i + "@example.org";
                Browser b = new Browser(base);
                b.submit(b.get("signup"), "signup", Map.of("email", email, "displayName", "Drill " + i, "password", args[3]));
                emails.add(email);
            }
            Files.write(Path.of(args[4]), emails);
            return;
        }
        List<String> emails = Files.readAllLines(Path.of(args[2]));
        String password = args[3];
        Path phaseFile = Path.of(args[4]);
        Path stopFile = Path.of(args[5]);
        Path ackedFile = Path.of(args[6]);
        List<Browser> browsers = new ArrayList<>();
        for (String email : emails) {
            Browser b = new Browser(base);
            HttpResponse<String> home = b.submit(b.get("signin"), "signin", Map.of("email", email, "password", password));
            if (!home.uri().getPath().equals("/home")) {
                throw new IllegalStateException("cannot sign in " + email + ": " + home.uri());
            }
            browsers.add(b);
        }
        Files.writeString(Path.of(args[5] + ".ready"), ""); // the script starts its phases once all are signed in
        Map<String, Long> ids = new ConcurrentHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[2] + ".ids"))) {
            String[] p = line.split(" ");
            ids.put(p[0], Long.valueOf(p[1]));
        }
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        long t0 = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        for (int i = 0; i < browsers.size(); i++) {
            Browser me = browsers.get(i);
            int other = (i ^ 1) < emails.size() ? (i ^ 1) : 0;
            long partner = ids.get(emails.get(other));
            int member = i;
            pool.submit(() -> {
                long n = 0;
                while (!stop.get()) {
                    String phase = phase(phaseFile);
                    n++;
                    String what = KINDS[(int) (n % KINDS.length)];
                    long start = System.nanoTime();
                    long startMillis = System.currentTimeMillis() - t0;
                    boolean ok;
                    String why = "";
                    try {
                        String marker = "drill " + member + " " + n + " " + Long.toString(System.nanoTime(), 36);
                        HttpResponse<String> answer;
                        switch (what) {
                            case "message" -> {
                                answer = me.submit(me.get("messages/new?to=" + partner), "send", Map.of("body", marker));
                                ok = answer.statusCode() == 200 && answer.body().contains(marker);
                            }
                            case "post" -> {
                                // a published post redirects to the home page (a refused one shows the composer again)
                                answer = me.submitMultipart(me.get("home"), "composer", Map.of("body", marker, "audience", "EVERYONE"), "publish");
                                ok = answer.statusCode() == 200 && answer.previousResponse().isPresent()
                                        && answer.uri().getPath().equals("/home");
                            }
                            case "comment" -> {
                                Matcher post = Pattern.compile("href=\"/post/(\\d+)\"").matcher(me.get("home").body());
                                if (!post.find()) {
                                    continue; // nobody posted yet: nothing to comment on, and nothing failed
                                }
                                answer = me.submit(me.get("post/" + post.group(1)), "comment", Map.of("body", marker));
                                ok = answer.statusCode() == 200 && answer.body().contains(marker);
                            }
                            default -> {
                                answer = me.get(what.equals("home") ? "home" : "messages");
                                ok = answer.statusCode() == 200 && !answer.uri().getPath().equals("/signin");
                            }
                        }
                        if (ok && WRITES.contains(what)) {
                            acked.add(what + " " + marker);
                        } else if (!ok) {
                            why = "HTTP " + answer.statusCode() + (answer.uri().getPath().equals("/signin") ? " at /signin" : "");
                        }
                    } catch (IOException | RuntimeException e) {
                        ok = false;
                        String message = String.valueOf(e.getMessage());
                        why = e.getClass().getSimpleName() + " (" + (message.length() > 60 ? message.substring(0, 60) : message) + ")";
                    } catch (InterruptedException e) {
                        return;
                    }
                    samples.add(new Sample(phase, startMillis, System.nanoTime() - start, ok, what, why));
                    sleep(250);
                }
            });
        }
        while (!Files.exists(stopFile)) {
            sleep(200);
        }
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        Files.write(ackedFile, acked);
        int signedIn = 0;
        for (Browser b : browsers) {
            try {
                if (b.get("home").uri().getPath().equals("/home")) {
                    signedIn++;
                }
            } catch (IOException e) {
                // counted as not signed in
            }
        }
        report(samples);
        System.out.printf("members still signed in: %d of %d (%.1f %%)%n", signedIn, browsers.size(), 100.0 * signedIn / browsers.size());
        System.out.printf("acknowledged writes: %d (messages, posts, comments; looked up in PostgreSQL by the script)%n", acked.size());
    }

    static void report(ConcurrentLinkedQueue<Sample> all) {
        Map<String, List<Sample>> byPhase = new TreeMap<>();
        List<String> order = new ArrayList<>();
        for (Sample s : all) {
            if (!byPhase.containsKey(s.phase())) {
                order.add(s.phase());
            }
            byPhase.computeIfAbsent(s.phase(), p -> new ArrayList<>()).add(s);
        }
        order.sort((a, b) -> Long.compare(first(byPhase.get(a)), first(byPhase.get(b))));
        System.out.printf("%-10s %8s %8s %9s %9s %9s  %s%n", "phase", "requests", "failed", "p50 ms", "p99 ms", "max ms", "failures between (s since start)");
        for (String phase : order) {
            List<Sample> list = byPhase.get(phase);
            List<Long> nanos = list.stream().map(Sample::nanos).sorted().toList();
            List<Sample> failed = list.stream().filter(s -> !s.ok()).toList();
            String window = failed.isEmpty() ? "-" : String.format("%.1f .. %.1f", failed.stream().mapToLong(Sample::startMillis).min().getAsLong() / 1000.0,
                    failed.stream().mapToLong(Sample::startMillis).max().getAsLong() / 1000.0);
            System.out.printf("%-10s %8d %8d %9.1f %9.1f %9.1f  %s%n", phase, list.size(), failed.size(),
                    pct(nanos, 0.50), pct(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6, window);
        }
        // what failed, per phase and kind of request: the status, or the exception of the client
        Map<String, Long> reasons = new TreeMap<>(all.stream().filter(s -> !s.ok())
                .collect(Collectors.groupingBy(s -> s.phase() + " " + s.what() + ": " + s.why(), Collectors.counting())));
        reasons.forEach((reason, count) -> System.out.printf("  failed %-40s %d%n", reason, count));
    }

    static long first(List<Sample> list) {
        return list.stream().mapToLong(Sample::startMillis).min().orElse(0);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
    }

    static String phase(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
