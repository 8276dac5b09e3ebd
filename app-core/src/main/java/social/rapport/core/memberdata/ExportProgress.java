package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * What the export builder records while it works, each in a transaction of its own so that the
 * data page sees it at once (the build itself reads in one long transaction).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ExportProgress {

    @Inject
    ExportJobQueries queries;

    @Inject
    Clock clock;

    public void step(long id, int done) {
        queries.progress(id, done, OffsetDateTime.now(clock));
    }

    public void ready(long id, byte[] zip) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        queries.ready(id, zip, now, now.plus(ExportBuilder.KEPT));
    }

    public void failed(long id, String error) {
        queries.failed(id, error);
    }
}
