package social.rapport.core.memberdata;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * Where a member's latest export request stands, for the data page.
 *
 * @param expiresAt when the download link stops working (READY only)
 * @param sizeBytes the ZIP's size (READY only)
 */
public record ExportStatus(long id, State state, int stepsDone, int stepsTotal, OffsetDateTime requestedAt,
                           OffsetDateTime readyAt, OffsetDateTime expiresAt, Long sizeBytes) implements Serializable {

    public enum State { QUEUED, BUILDING, READY, FAILED, EXPIRED }

    /** Waiting or being built: the page shows the progress. */
    public boolean inProgress() {
        return state == State.QUEUED || state == State.BUILDING;
    }

    /** 0 to 100. */
    public int percent() {
        return stepsTotal <= 0 ? 0 : Math.min(100, stepsDone * 100 / stepsTotal);
    }
}
