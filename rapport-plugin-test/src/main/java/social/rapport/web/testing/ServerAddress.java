package social.rapport.web.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Where the tests reach the deployed server. Arquillian reports the machine's external address,
 * which on a busy machine sometimes refused connections for a while right after a boot; another
 * time the loopback address refused them for a whole IT class while the external one was never
 * tried. Payara listens on every interface, so the first use of a server waits until either
 * address answers /health/ready (the loopback address first) and the tests keep using that one.
 * <p>
 * Arquillian picks a random port per IT class among a thousand, so in one test JVM a later class
 * can get the port of an earlier one: a remembered address is therefore checked again (one
 * request) when it was last confirmed more than a few seconds ago, rather than trusted forever.
 */
public final class ServerAddress {

    private static final Duration TRUST_FOR = Duration.ofSeconds(5);

    private record Confirmed(URI base, long atNanos) {
        boolean fresh() {
            return System.nanoTime() - atNanos < TRUST_FOR.toNanos();
        }
    }

    private static final Map<String, Confirmed> REACHABLE = new ConcurrentHashMap<>();

    private ServerAddress() {
    }

    /** The reported URL, on the address (127.0.0.1 or the reported host) where the server answers. */
    public static URI local(URI reported) {
        URI loopback = withHost(reported, "127.0.0.1");
        Confirmed confirmed = REACHABLE.compute(reported.getAuthority(), (authority, known) -> known != null && known.fresh()
                ? known
                : new Confirmed(awaitReady(known == null ? List.of(loopback, withHost(reported, reported.getHost()))
                        : List.of(known.base(), known.base().equals(loopback) ? withHost(reported, reported.getHost()) : loopback)),
                        System.nanoTime()));
        return withHost(reported, confirmed.base().getHost());
    }

    private static URI withHost(URI uri, String host) {
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), host, uri.getPort(), uri.getPath(), uri.getQuery(), uri.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }

    /** The first of the candidates whose /health/ready answers 200, polling them in turn for up to 90 s (else the first). */
    private static URI awaitReady(List<URI> candidates) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        URI[] answered = new URI[1];
        Map<URI, String> lastAnswer = new ConcurrentHashMap<>();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (URI candidate : candidates) {
                        try {
                            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(candidate.resolve("/health/ready"))
                                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 200) {
                                answered[0] = candidate;
                                return true;
                            }
                            lastAnswer.put(candidate, "HTTP " + response.statusCode());
                        } catch (IOException notYet) {
                            // not listening there (yet): try the other address
                            lastAnswer.put(candidate, String.valueOf(notYet));
                        }
                    }
                    return false;
                });
        } catch (ConditionTimeoutException e) {
            // the tests will fail on their own requests; waiting again for each of them would only cost time
            System.err.println("ServerAddress: no answer from /health/ready in 90 s; last answers: " + lastAnswer);
            return candidates.get(0);
        }
        return answered[0];
    }
}
