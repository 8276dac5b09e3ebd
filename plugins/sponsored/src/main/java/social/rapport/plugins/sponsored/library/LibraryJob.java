package social.rapport.plugins.sponsored.library;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import social.rapport.plugins.sponsored.SponsoredPlugin;
import social.rapport.spi.platform.PluginStatus;

/**
 * Every hour, on every instance (a non-persistent timer): ends finished campaigns and purges the
 * creative a year after the end. Both are single conditional updates, so instances running at the
 * same moment do the work once. Skipped while the plugin is disabled.
 */
@Singleton
public class LibraryJob {

    private static final Logger LOG = Logger.getLogger(LibraryJob.class.getName());

    @Inject
    AdLibrary library;

    @Inject
    PluginStatus status;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        if (!status.isEnabled(SponsoredPlugin.ID)) {
            return;
        }
        try {
            int[] done = library.endAndPurge();
            LOG.fine(() -> done[0] + " campaigns ended, " + done[1] + " creatives purged");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sponsored library upkeep failed; retried next hour", e);
        }
    }
}
