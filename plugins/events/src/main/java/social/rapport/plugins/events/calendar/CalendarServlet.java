package social.rapport.plugins.events.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.EventNotFound;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code /p/events/calendar?id=42}: the .ics file of an event the caller may see; 404 otherwise
 * (and while the plugin is disabled: the core's filter guards every URL under /p/events/).
 */
@WebServlet("/p/events/calendar")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAccess access;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Event event;
        try {
            event = access.visible(Long.parseLong(request.getParameter("id")), viewer.get().memberId());
        } catch (NumberFormatException | EventNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URI page = URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + event.href());
        byte[] body = IcsExport.ics(event, page, request.getServerName(), Instant.now()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + event.id() + ".ics\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
