package social.rapport.plugins.recruiter.application;

import java.time.Instant;

/** One recorded move in a pipeline. */
public record Move(long applicationId, Stage from, Stage to, CloseReason reason, long movedBy, Instant movedAt) {
}
