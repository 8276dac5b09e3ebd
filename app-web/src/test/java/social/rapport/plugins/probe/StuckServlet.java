package social.rapport.plugins.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /p/probe/stuck}: how many calls of {@link StuckFeedContributor} are blocked now;
 * {@code ?release=true} lets them all go, {@code ?release=false} arms it again.
 */
@WebServlet("/p/probe/stuck")
public class StuckServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String release = request.getParameter("release");
        if (release != null) {
            StuckFeedContributor.released = Boolean.parseBoolean(release);
        }
        response.setContentType("text/plain");
        response.getWriter().print(StuckFeedContributor.INSIDE.get());
    }
}
