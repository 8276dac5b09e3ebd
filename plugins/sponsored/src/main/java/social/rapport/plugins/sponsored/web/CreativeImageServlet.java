package social.rapport.plugins.sponsored.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import social.rapport.plugins.sponsored.campaign.CreativeImages;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/sponsored/image?c=42}: a campaign's creative image as JPEG, for anyone once the ad ran
 * (the library shows it), before that for its advertiser and admins; 404 otherwise.
 */
@WebServlet("/p/sponsored/image")
public class CreativeImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CreativeImages images;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> jpeg;
        try {
            jpeg = images.jpeg(viewer.get(), Long.parseLong(String.valueOf(request.getParameter("c"))));
        } catch (NumberFormatException e) {
            jpeg = Optional.empty();
        }
        if (jpeg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(jpeg.get().length);
        response.getOutputStream().write(jpeg.get());
    }
}
