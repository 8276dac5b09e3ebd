package social.rapport.plugins.events.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import social.rapport.spi.platform.CurrentViewer;

/** {@code /p/events/cover?id=42&w=600}: an event's cover, for those who may see the event; 404 otherwise. */
@WebServlet("/p/events/cover")
public class CoverServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAccess access;

    @Inject
    EventRepository events;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> jpeg;
        try {
            Event event = access.visible(Long.parseLong(request.getParameter("id")), viewer.get().memberId());
            int width = "600".equals(request.getParameter("w")) ? 600 : 1200;
            jpeg = events.cover(event.id(), width);
        } catch (NumberFormatException | EventNotFound e) {
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
