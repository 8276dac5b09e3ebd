package social.rapport.plugins.events.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import social.rapport.spi.page.JpegServlet;
import social.rapport.spi.platform.CurrentViewer;

/** {@code /p/events/cover?id=42&w=600}: an event's cover, for those who may see the event; 404 otherwise. */
@WebServlet("/p/events/cover")
public class CoverServlet extends JpegServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAccess access;

    @Inject
    EventRepository events;

    @Inject
    CurrentViewer viewer;

    @Override
    protected Optional<byte[]> jpeg(HttpServletRequest request) {
        Event event = access.visible(idParam(request, "id"), viewer.get().memberId()); // EventNotFound: 404
        int width = "600".equals(request.getParameter("w")) ? 600 : 1200;
        return events.cover(event.id(), width);
    }
}
