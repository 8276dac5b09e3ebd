package social.rapport.web.profile;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /in/<handle>} shows the profile page {@code /in.xhtml}: the handle is handed over as a
 * request attribute. Postbacks of the page (language switch, the network feature's actions) go
 * to {@code /in} itself, where the view-scoped {@link ViewProfile} still knows the profile.
 */
@WebFilter("/in/*")
public class ProfileRoute extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/in";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PAGE + "/")) {
            chain.doFilter(request, response); // the page's own postbacks to /in
            return;
        }
        String handle = path.substring(PAGE.length() + 1);
        if (handle.isEmpty() || handle.contains("/") || handle.length() > 100) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(ViewProfile.HANDLE_ATTRIBUTE, handle);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
