package social.rapport.plugins.recruiter.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import social.rapport.plugins.recruiter.RecruiterDeclarations;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.spi.platform.PlatformClock;
import social.rapport.spi.platform.PluginStatus;
import social.rapport.spi.settings.PluginSettings;

/**
 * Candidate data is kept at most N months (setting, default 24) after its job closed (CNIL): the
 * applications of such jobs are deleted, with their moves and notes. The delete is idempotent, so
 * running on several instances at once is harmless. Jobs themselves stay (no candidate data in them).
 */
@Singleton
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    ApplicationRepository applications;

    @Inject
    PlatformClock clock;

    @Inject
    PluginSettings settings;

    @Inject
    PluginStatus status;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        if (status.isEnabled(RecruiterPlugin.ID)) {
            purge();
        }
    }

    /** Deletes what is past retention; returns how many applications went. */
    @Transactional
    public int purge() {
        long months = settings.integer(RecruiterPlugin.ID, RecruiterDeclarations.RETENTION_MONTHS);
        Instant cutoff = clock.clock().instant().atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        int deleted = applications.deleteOfJobsClosedBefore(cutoff);
        if (deleted > 0) {
            LOG.info(() -> "recruiter: deleted " + deleted + " applications past retention");
        }
        return deleted;
    }
}
