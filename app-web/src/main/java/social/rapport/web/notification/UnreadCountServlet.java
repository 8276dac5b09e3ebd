package social.rapport.web.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.core.account.Caller;
import social.rapport.core.notification.NotificationInbox;

/**
 * {@code GET /api/notifications/unread}: {"unread": N} for the signed-in member, 401 otherwise.
 * The header script polls it (notifications.js). It lives outside /notifications/*, whose security
 * constraint would answer a signed-out poll with a redirect to the sign-in page rather than 401.
 * The count is always the caller's own: the endpoint takes no member id.
 */
@WebServlet("/api/notifications/unread")
public class UnreadCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    NotificationInbox inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if (!caller.signedIn()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"error\":\"sign in\"}");
            return;
        }
        response.getWriter().write("{\"unread\":" + inbox.unreadCount() + "}");
    }
}
