package social.rapport.plugins.events.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import social.rapport.plugins.events.feed.EventsFeed;
import social.rapport.plugins.events.reminder.Reminders;
import social.rapport.spi.feed.FeedRequest;
import social.rapport.spi.platform.Viewer;

/**
 * Test-only (added to the deployment by {@link EventsIT}, never shipped): runs the plugin's
 * scheduled work on demand, twice at the same moment to play two server instances, and asks the
 * feed contributor directly.
 * <ul>
 *   <li>{@code ?run=reminders-twice}: two concurrent {@link Reminders#sendDue()}; answers "a,b" (sent by each)</li>
 *   <li>{@code ?run=ended-twice}: two concurrent {@link Reminders#recordEndedAttendance()}</li>
 *   <li>{@code ?run=feed&member=7}: the keys of the feed candidates for member 7, comma-separated</li>
 * </ul>
 */
@WebServlet("/test/events")
public class EventsTestTrigger extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Reminders reminders;

    @Inject
    EventsFeed feed;

    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (String.valueOf(request.getParameter("run"))) {
            case "reminders-twice" -> twice(reminders::sendDue);
            case "ended-twice" -> twice(reminders::recordEndedAttendance);
            case "feed" -> feed.candidates(new FeedRequest(new Viewer(Long.valueOf(request.getParameter("member")), false,
                    Locale.ENGLISH), 0, 20, Set.of())).stream().map(c -> c.key() + "=" + ((social.rapport.plugins.events.feed.EventFeedItem) c.model()).text())
                    .collect(Collectors.joining("\n"));
            default -> null;
        };
        if (answer == null) {
            response.sendError(400);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    /** Runs the claim on two threads released together, as two instances' timers would. */
    private String twice(Supplier<Integer> claim) {
        CyclicBarrier together = new CyclicBarrier(2);
        Supplier<Integer> released = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return claim.get();
        };
        CompletableFuture<Integer> a = executor.supplyAsync(released);
        CompletableFuture<Integer> b = executor.supplyAsync(released);
        return a.join() + "," + b.join();
    }
}
