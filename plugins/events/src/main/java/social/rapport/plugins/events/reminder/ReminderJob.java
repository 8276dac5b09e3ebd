package social.rapport.plugins.events.reminder;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every instance: a non-persistent timer, so no timer table is shared, and each
 * run claims its work in PostgreSQL ({@link Reminders}), so two instances never send the same
 * reminder. A failure is logged and retried at the next minute.
 */
@Singleton
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    Reminders reminders;

    @Schedule(hour = "*", minute = "*/1", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            int sent = reminders.sendDue();
            int ended = reminders.recordEndedAttendance();
            if (sent > 0 || ended > 0) {
                LOG.fine(() -> sent + " event reminders sent, " + ended + " ended events recorded");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event reminders failed; retried next minute", e);
        }
    }
}
