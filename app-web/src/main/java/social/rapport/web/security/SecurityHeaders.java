package social.rapport.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response: pages, resources, servlets and error pages (the filter
 * also runs on the error dispatch, which may have reset the headers). The policy is as strict as
 * the Faces pages allow: scripts come from this origin, but Mojarra writes inline event handlers
 * ({@code onclick} of h:commandLink and f:ajax), and has no
 * nonce support, so {@code 'unsafe-inline'} stays for scripts; no {@code eval}, no plugins, no
 * framing, forms post only here. {@code Strict-Transport-Security} only when the session cookie
 * is marked Secure ({@code rapport.session.secure-cookie}), i.e. behind HTTPS.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    private volatile Map<String, String> headers = headers(false);

    /** The headers, with HSTS when {@code https} (the secure cookie) is on. */
    static Map<String, String> headers(boolean https) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        h.put("X-Frame-Options", "DENY");
        if (https) {
            h.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return Map.copyOf(h);
    }

    @Override
    public void init() {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("rapport.session.secure-cookie", Boolean.class).orElse(false);
        headers = headers(secure);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
