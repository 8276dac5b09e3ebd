package social.rapport.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import social.rapport.core.account.MemberSessions;

/**
 * Ties each signed-in browser to a row of {@code member_session}: the first signed-in request
 * opens it, every later one checks it is still open. A session ended elsewhere (a password
 * reset, "sign out other sessions") is signed out here and sent to the sign-in page.
 */
@WebFilter(urlPatterns = "/*")
public class SessionCheckFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String KEY = "rapport.session.key";

    @Inject
    MemberSessions sessions;

    /** The session key of this browser, or null when it is not signed in. */
    static String key(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(KEY);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        Long memberId = principal == null ? null : parse(principal.getName());
        if (memberId != null) {
            HttpSession session = request.getSession(true);
            String key = (String) session.getAttribute(KEY);
            if (key == null) {
                session.setAttribute(KEY, sessions.start(memberId, request.getHeader("User-Agent"), request.getRemoteAddr()));
            } else if (!sessions.stillOpen(memberId, key)) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/signin?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Long parse(String name) {
        try {
            return Long.valueOf(name);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
