package social.rapport.plugins.sponsored.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import social.rapport.plugins.sponsored.campaign.CreativeImages;
import social.rapport.spi.page.JpegServlet;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/image?c=42}: a campaign's creative image as JPEG, for anyone once the ad ran
 * (the library shows it), before that for its advertiser and admins; 404 otherwise.
 */
@WebServlet("/p/sponsored/image")
public class CreativeImageServlet extends JpegServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CreativeImages images;

    @Inject
    CurrentViewer viewer;

    @Override
    protected Optional<byte[]> jpeg(HttpServletRequest request) {
        return images.jpeg(viewer.get(), idParam(request, "c"));
    }
}
