package social.rapport.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.core.account.Caller;

/**
 * Members who are not admins get 403 in the admin area. Signed-out visitors never get here: the
 * security constraint sends them to sign in first. Admin rights are read per request, so a
 * revoked admin is turned away at once.
 */
@WebFilter("/admin/*")
public class AdminAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        // the first-start setup link is for a member who is not an admin yet (AdminSetup checks its token)
        boolean setup = path.equals("/admin/setup") || path.equals("/admin/setup.xhtml");
        if (!setup && !caller.isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
