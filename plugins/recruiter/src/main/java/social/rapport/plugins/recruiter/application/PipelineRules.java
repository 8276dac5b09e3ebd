package social.rapport.plugins.recruiter.application;

import java.time.Duration;
import java.time.Instant;
import social.rapport.spi.error.Refusal;

/**
 * The rules of a pipeline and of the answer deadline. A recruiter moves an application to any
 * stage other than APPLIED/WITHDRAWN while it is not final; CLOSED needs a reason from the list.
 * The organisation owes an answer within N days; its recruiters are reminded at N − 7.
 */
public final class PipelineRules {

    public static final int REMINDER_DAYS_BEFORE = 7;

    private PipelineRules() {
    }

    public static void checkMove(Stage from, Stage to, CloseReason reason) {
        if (to == null) {
            throw new Refusal("stage", "recruiter.pipeline.error.stage");
        }
        if (from.isFinal()) {
            throw new Refusal("stage", "recruiter.pipeline.error.final");
        }
        if (to == Stage.APPLIED || to == Stage.WITHDRAWN || to == from) {
            throw new Refusal("stage", "recruiter.pipeline.error.stage");
        }
        if (to == Stage.CLOSED && reason == null) {
            throw new Refusal("reason", "recruiter.pipeline.error.reason");
        }
    }

    public static Instant answerDue(Instant appliedAt, long answerDays) {
        return appliedAt.plus(Duration.ofDays(answerDays));
    }

    public static Instant remindAt(Instant answerDue) {
        return answerDue.minus(Duration.ofDays(REMINDER_DAYS_BEFORE));
    }

    public static String note(String note) {
        String n = note == null ? "" : note.strip();
        if (n.length() > 1000) {
            throw new Refusal("note", "recruiter.apply.error.noteLong");
        }
        return n;
    }
}
