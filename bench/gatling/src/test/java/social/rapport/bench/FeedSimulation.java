package social.rapport.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Signed-in members open their home feed and then its next page, arriving at a constant rate
 * (open model). Signing in costs a deliberate PBKDF2 hash, so a first phase signs in a pool of
 * bench members once and the feed phase reuses their sessions, as real members do.
 *
 * <p>System properties: base (http://localhost:18080/), password (the bench members'), members
 * (100000: bench member numbers to draw from), sessions (200), rate (feed requests per second,
 * 100: each arriving member makes two), duration (seconds at that rate, 60).
 */
public class FeedSimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://localhost:18080/");
    private static final String PASSWORD = System.getProperty("password", "bench passphrase for rapport");
    private static final int MEMBERS = Integer.getInteger("members", 100_000);
    private static final int SESSIONS = Integer.getInteger("sessions", 200);
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "100"));
    private static final int DURATION = Integer.getInteger("duration", 60);

    /** Session ids of the members signed in by the first phase. */
    private static final List<String> SIGNED_IN = new CopyOnWriteArrayList<>();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE.replaceAll("/$", ""))
            .disableFollowRedirect()
            .acceptHeader("text/html")
            .userAgentHeader("rapport-gatling");

    private final ScenarioBuilder signIn = scenario("sign in")
            .exec(session -> session.set("email",
                    "bench" + (1 + ThreadLocalRandom.current().nextInt(MEMBERS)) + "@bench.rapport.test"))
            .exec(http("sign-in form").get("/signin")
                    .check(status().is(200))
                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(http("sign in").post("/signin")
                    .formParam("signin", "signin")
                    .formParam("signin:email", "#{email}")
                    .formParam("signin:password", PASSWORD)
                    .formParam("signin:submit", "submit")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().in(302, 303)))
            .exec(getCookieValue(CookieKey("JSESSIONID").saveAs("sessionId")))
            .exec(session -> {
                SIGNED_IN.add(session.getString("sessionId"));
                return session;
            });

    private final ScenarioBuilder feed = scenario("feed")
            .feed(Stream.generate(() -> Map.<String, Object>of("sessionId",
                    SIGNED_IN.get(ThreadLocalRandom.current().nextInt(SIGNED_IN.size())))).iterator())
            .exec(addCookie(Cookie("JSESSIONID", "#{sessionId}").withDomain(URI.create(BASE).getHost()).withPath("/")))
            .exec(http("feed page 1").get("/home")
                    .check(status().is(200))
                    .check(css("#show-more", "href").saveAs("next")))
            .exec(http("feed page 2").get("#{next}")
                    .check(status().is(200)));

    {
        setUp(signIn.injectOpen(rampUsers(SESSIONS).during(Math.max(1, SESSIONS / 4)))
                .andThen(feed.injectOpen(
                        rampUsersPerSec(1).to(RATE / 2).during(10),
                        constantUsersPerSec(RATE / 2).during(DURATION))))
                .protocols(protocol)
                // the assertions print the figures per page (and fail the run when a goal is missed)
                .assertions(
                        details("feed page 1").responseTime().percentile(50.0).lt(100),
                        details("feed page 1").responseTime().percentile(95.0).lt(100),
                        details("feed page 1").responseTime().percentile(99.0).lt(100),
                        details("feed page 1").failedRequests().count().is(0L),
                        details("feed page 2").responseTime().percentile(50.0).lt(100),
                        details("feed page 2").responseTime().percentile(95.0).lt(100),
                        details("feed page 2").responseTime().percentile(99.0).lt(100),
                        details("feed page 2").failedRequests().count().is(0L));
    }
}
