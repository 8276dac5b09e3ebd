package social.rapport.plugins.recruiter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import social.rapport.plugins.recruiter.organisation.OrganisationPages;
import social.rapport.spi.page.JpegServlet;

/** {@code /p/recruiter/logo?org=3}: an approved organisation's logo as JPEG (public, like its page); 404 otherwise. */
@WebServlet("/p/recruiter/logo")
public class LogoServlet extends JpegServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationPages pages;

    @Override
    protected Optional<byte[]> jpeg(HttpServletRequest request) {
        return pages.logo(idParam(request, "org"));
    }
}
