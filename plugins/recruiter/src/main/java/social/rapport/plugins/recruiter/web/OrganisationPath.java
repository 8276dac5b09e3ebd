package social.rapport.plugins.recruiter.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /p/recruiter/org/<slug>}: the organisation page's own address, shown by
 * {@code org.xhtml?slug=<slug>} (forwarded, so the address stays). The core's page rules apply to
 * this address like to any plugin page (public; 404 while the plugin is disabled).
 */
@WebServlet("/p/recruiter/org/*")
public class OrganisationPath extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String info = request.getPathInfo();
        String slug = info == null ? "" : info.replaceFirst("^/", "").replaceFirst("/$", "");
        if (!slug.matches("[a-z0-9-]{1,60}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/p/recruiter/org.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
