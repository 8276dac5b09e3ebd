package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds one requested export: claims it (a short transaction, so the other instances skip it
 * and the page sees "being built"), writes the ZIP while recording each step, then stores it with
 * a 7-day expiry. A builder that dies leaves a BUILDING row whose claim goes stale, and any
 * instance takes it again after {@link #STALE}.
 */
@ApplicationScoped
public class ExportBuilder {

    private static final Logger LOG = Logger.getLogger(ExportBuilder.class.getName());
    static final Duration KEPT = Duration.ofDays(7);
    static final Duration STALE = Duration.ofMinutes(15);

    @Inject
    ExportJobQueries queries;

    @Inject
    MemberExport export;

    @Inject
    ExportProgress progress;

    @Inject
    Clock clock;

    /** Claims the next request; empty when none waits. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<long[]> claimNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return queries.claim(now, now.minus(STALE), export.steps());
    }

    /** Builds and stores a claimed request ({id, member id}); a failure is recorded on the request. */
    @Transactional(TxType.NOT_SUPPORTED)
    public void build(long[] claimed) {
        long id = claimed[0];
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            export.write(claimed[1], zip, done -> progress.step(id, done));
            progress.ready(id, zip.toByteArray());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + id + " failed", e);
            progress.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Drops the bytes of expired downloads. */
    @Transactional(TxType.REQUIRES_NEW)
    public int expireOld() {
        return queries.expire(OffsetDateTime.now(clock));
    }
}
