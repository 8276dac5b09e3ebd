package social.rapport.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a throttle or rate limit counts a request against: see {@link TrustedProxies}.
 * Without {@code rapport.http.trusted-proxies} it is the TCP peer, as before.
 */
@ApplicationScoped
public class ClientAddress {

    private TrustedProxies proxies = TrustedProxies.NONE;

    protected ClientAddress() {
    }

    @Inject
    public ClientAddress(@ConfigProperty(name = "rapport.http.trusted-proxies") Optional<String> trustedProxies) {
        this.proxies = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    public String of(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), request.getHeader("Forwarded"), request.getHeader("X-Forwarded-For"));
    }
}
