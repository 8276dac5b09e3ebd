package social.rapport.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie and lifetime: HttpOnly, Secure behind HTTPS ({@code rapport.session.secure-cookie}),
 * and an idle timeout of {@code rapport.session.idle-timeout-minutes} (default 30). SameSite=Lax is
 * set in payara-web.xml: Payara ignores the Servlet 6 cookie attribute for its session cookie.
 */
@WebListener
public class SessionSettings implements ServletContextListener, HttpSessionListener {

    private volatile int idleTimeoutSeconds = 30 * 60;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        idleTimeoutSeconds = 60 * config.getOptionalValue("rapport.session.idle-timeout-minutes", Integer.class).orElse(30);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("rapport.session.secure-cookie", Boolean.class).orElse(false));
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleTimeoutSeconds);
    }
}
