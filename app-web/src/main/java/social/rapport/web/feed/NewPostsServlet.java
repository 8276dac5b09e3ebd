package social.rapport.web.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.core.account.Caller;
import social.rapport.core.feed.FeedService;

/**
 * {@code /feed/new?since=<snapshot millis>}: {@code {"count": n}}, the posts published in the
 * member's feed after the page's snapshot (at most 99); the home page polls it to show
 * "n new posts".
 */
@WebServlet("/feed/new")
public class NewPostsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedService feed;

    @Inject
    Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String since = request.getParameter("since");
        if (!caller.signedIn() || since == null || !since.matches("\\d{1,15}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "since: the page's snapshot in milliseconds");
            return;
        }
        int count = feed.newPosts(Long.parseLong(since));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"count\":" + count + "}");
    }
}
