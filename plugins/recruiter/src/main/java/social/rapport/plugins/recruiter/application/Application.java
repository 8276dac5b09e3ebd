package social.rapport.plugins.recruiter.application;

import java.time.Instant;

/** An application as its recruiters and its candidate see it (notes are read separately, recruiters only). */
public record Application(long id, long jobId, String jobTitle, long organisationId, String organisationName, long memberId,
                          String note, String snapshot, Stage stage, CloseReason closeReason, Instant appliedAt,
                          Instant answerDue, Instant answeredAt, Instant unansweredAt) implements java.io.Serializable {

    public boolean unanswered() {
        return unansweredAt != null && answeredAt == null;
    }
}
