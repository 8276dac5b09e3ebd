package social.rapport.plugins.probe;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;

/**
 * {@code POST /p/probe/poke?to=<member id>&type=<name>}: the signed-in member pokes another through
 * the Notifier platform service, as a plugin would (type "probe.<name>", group "poke"). Like every
 * plugin page it answers 404 while the probe is disabled.
 */
@WebServlet("/p/probe/poke")
public class ProbePokeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    Notifier notifier;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!viewer.get().signedIn()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        long to = Long.parseLong(request.getParameter("to"));
        String type = "probe." + request.getParameter("type");
        notifier.send(new Notice(to, type, viewer.requireMember(), "poked you through the probe", "/p/probe/index.xhtml", "poke"));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
