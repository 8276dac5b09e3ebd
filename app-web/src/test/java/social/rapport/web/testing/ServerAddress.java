package social.rapport.web.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;

/**
 * Where the tests reach the deployed server. Arquillian reports the machine's external address,
 * which on a busy machine sometimes refused connections for a while right after a boot (a whole
 * IT class failed with ConnectException once); Payara listens on every interface, so the tests
 * use the loopback address, and the first use of a server waits until it reports ready.
 */
public final class ServerAddress {

    private static final Set<String> READY = ConcurrentHashMap.newKeySet();

    private ServerAddress() {
    }

    /** The same URL on 127.0.0.1, once the server behind it answers /health/ready. */
    public static URI local(URI reported) {
        URI local;
        try {
            local = new URI(reported.getScheme(), reported.getUserInfo(), "127.0.0.1", reported.getPort(),
                    reported.getPath(), reported.getQuery(), reported.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(reported.toString(), e);
        }
        if (READY.add(local.getAuthority())) {
            awaitReady(local.resolve("/health/ready"));
        }
        return local;
    }

    private static void awaitReady(URI ready) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
