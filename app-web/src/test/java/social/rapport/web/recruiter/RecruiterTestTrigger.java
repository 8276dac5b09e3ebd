package social.rapport.web.recruiter;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import social.rapport.plugins.recruiter.application.AnswerDeadlines;
import social.rapport.plugins.recruiter.application.Retention;

/**
 * Test-only (added by {@link RecruiterIT}, never shipped): {@code ?run=deadlines-twice} runs the
 * plugin's deadline pass on two threads at once, as two instances' timers would; answers "a,b"
 * (candidates told by each); {@code ?run=retention} runs the retention purge and answers how many went;
 * {@code ?run=erase&member=} runs the plugin's erasure hook for a member, in a transaction, as the core's deletion job does.
 */
@WebServlet("/test/recruiter")
public class RecruiterTestTrigger extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AnswerDeadlines deadlines;

    @Inject
    Retention retention;

    @Resource
    ManagedExecutorService executor;

    @Inject
    social.rapport.plugins.recruiter.account.RecruiterMemberData memberData;

    @Inject
    social.rapport.spi.platform.Database database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("erase".equals(request.getParameter("run"))) {
            long member = Long.parseLong(request.getParameter("member"));
            database.inTransaction(() -> {
                memberData.erase(member);
                return null;
            });
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("erased");
            return;
        }
        if ("retention".equals(request.getParameter("run"))) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(String.valueOf(retention.purge()));
            return;
        }
        if (!"deadlines-twice".equals(request.getParameter("run"))) {
            response.sendError(400);
            return;
        }
        CyclicBarrier together = new CyclicBarrier(2);
        java.util.function.Supplier<Integer> released = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return deadlines.run();
        };
        CompletableFuture<Integer> a = executor.supplyAsync(released);
        CompletableFuture<Integer> b = executor.supplyAsync(released);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(a.join() + "," + b.join());
    }
}
