package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import social.rapport.core.account.Caller;
import social.rapport.core.platform.Refusal;

/**
 * "Download my data", for the signed-in member only: ask for an export (built in the background
 * by {@link ExportBuilder}), see where it stands, download it while it has not expired.
 */
@ApplicationScoped
@Transactional
public class ExportRequests {

    @Inject
    ExportJobQueries queries;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Asks for a new export; refused while one is still waiting or being built. */
    public void request() {
        long me = caller.memberId();
        if (queries.latest(me).filter(ExportStatus::inProgress).isPresent()) {
            throw new Refusal("export", "account.export.busy");
        }
        queries.insert(me, OffsetDateTime.now(clock));
    }

    /** The caller's latest request, as the page shows it (an expired download reads as EXPIRED). */
    public Optional<ExportStatus> latest() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return queries.latest(caller.memberId()).map(s -> s.state() == ExportStatus.State.READY && !s.expiresAt().isAfter(now)
                ? new ExportStatus(s.id(), ExportStatus.State.EXPIRED, s.stepsDone(), s.stepsTotal(), s.requestedAt(), s.readyAt(),
                        s.expiresAt(), s.sizeBytes())
                : s);
    }

    /** The caller's ready ZIP, unless there is none or its link expired. */
    public Optional<byte[]> download() {
        return queries.zip(caller.memberId(), OffsetDateTime.now(clock));
    }
}
