package social.rapport.plugins.probe;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import social.rapport.spi.facts.MemberFacts;
import social.rapport.spi.facts.MemberFactsReader;
import social.rapport.spi.settings.PluginSettings;

/**
 * {@code GET /p/probe/facts?purpose=<id>&members=1,2[&for=<member>]}: what the member facts
 * service gives the plugin, one line per member ({@code id|skills|location}), then the probe's
 * {@code limit} setting as {@code limit=<n>}. Test-only.
 */
@WebServlet("/p/probe/facts")
public class ProbeFactsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberFactsReader facts;

    @Inject
    PluginSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Long> members;
        Long onBehalf;
        try {
            String list = request.getParameter("members");
            members = list == null ? List.of() : Arrays.stream(list.split(",")).map(Long::valueOf).toList();
            String forMember = request.getParameter("for");
            onBehalf = forMember == null ? null : Long.valueOf(forMember);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "members and for are member ids");
            return;
        }
        String purpose = request.getParameter("purpose");
        if (purpose == null || members.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "purpose and members are required");
            return;
        }
        Map<Long, MemberFacts> read = facts.read(purpose, members, onBehalf);
        String lines = read.values().stream().sorted((a, b) -> Long.compare(a.memberId(), b.memberId()))
                .map(f -> f.memberId() + "|" + String.join(",", f.skills()) + "|" + f.location())
                .collect(Collectors.joining("\n"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(lines + "\nlimit=" + settings.integer(ProbePlugin.ID, "limit") + "\n");
    }
}
