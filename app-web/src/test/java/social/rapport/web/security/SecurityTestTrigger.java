package social.rapport.web.security;

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
import social.rapport.core.account.SignInPruning;
import social.rapport.core.connection.InvitationService;
import social.rapport.plugins.events.reminder.Reminders;
import social.rapport.plugins.recruiter.application.AnswerDeadlines;
import social.rapport.plugins.sponsored.library.AdLibrary;

/**
 * Test-only (added by the ITs that use it, never shipped): {@code ?run=sign-in-pruning-twice}
 * runs the hourly {@link SignInPruning} pass on two threads at once, as two instances' timers
 * would, and answers "a,b" (rows each deleted). {@code ?run=due-jobs} runs, once, the passes of
 * the timers that write on their own (invitation expiry, event reminders, recruiter answer
 * deadlines, the ad library's upkeep), so that whatever earlier tests left due is done before a
 * test fingerprints the database, and a timer that fires during the test finds nothing to do.
 */
@WebServlet("/test/security")
public class SecurityTestTrigger extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInPruning pruning;

    @Inject
    InvitationService invitations;

    @Inject
    Reminders eventReminders;

    @Inject
    AnswerDeadlines answerDeadlines;

    @Inject
    AdLibrary adLibrary;

    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("due-jobs".equals(request.getParameter("run"))) {
            int done = invitations.expireOverdue(null) + eventReminders.sendDue() + eventReminders.recordEndedAttendance()
                    + answerDeadlines.run() + adLibrary.endAndPurge()[0];
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(String.valueOf(done));
            return;
        }
        if (!"sign-in-pruning-twice".equals(request.getParameter("run"))) {
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
            return pruning.prune();
        };
        CompletableFuture<Integer> a = executor.supplyAsync(released);
        CompletableFuture<Integer> b = executor.supplyAsync(released);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(a.join() + "," + b.join());
    }
}
