package social.rapport.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address that links in mail start with: {@code rapport.public-url} when the operator set it
 * (behind a proxy, set it), otherwise the address the current request came to.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "rapport.public-url")
    Optional<String> configured;

    @Inject
    Instance<HttpServletRequest> request;

    /** An absolute link to a path of this site ({@code path} starts with a slash). */
    public String link(String path) {
        return base() + path;
    }

    String base() {
        Optional<String> set = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (set.isPresent()) {
            return set.get().endsWith("/") ? set.get().substring(0, set.get().length() - 1) : set.get();
        }
        try {
            HttpServletRequest current = request.get();
            StringBuffer url = current.getRequestURL();
            String uri = current.getRequestURI();
            return url.substring(0, url.length() - uri.length()) + current.getContextPath();
        } catch (RuntimeException noRequest) {
            return "http://localhost:8080";
        }
    }
}
