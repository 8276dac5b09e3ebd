package social.rapport.plugins.events.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import social.rapport.plugins.events.EventsNotificationTypes;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.spi.platform.Interactions;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.PluginStatus;
import social.rapport.spi.platform.Relationships;

/**
 * Sends due reminders and records co-attendance. Each method claims its work in the database
 * (see {@link ReminderRepository}), so any number of instances may run it at the same time, and
 * it does nothing while the plugin is disabled: nothing is lost, due reminders are sent once it
 * is enabled again (if the event has not started).
 */
@ApplicationScoped
public class Reminders {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    @Inject
    ReminderRepository repository;

    @Inject
    Notifier notifier;

    @Inject
    Interactions interactions;

    @Inject
    Relationships relationships;

    @Inject
    PluginStatus status;

    /** Claims and sends the reminders due now; returns how many this call sent. */
    @Transactional
    public int sendDue() {
        if (!status.isEnabled(EventsPlugin.ID)) {
            return 0;
        }
        List<ReminderRepository.Due> due = repository.claimDue();
        for (ReminderRepository.Due d : due) {
            String when = TIME.format(d.startAt().atZoneSameInstant(d.zone())) + " (" + d.zone().getId() + ")";
            String text = ("24h".equals(d.kind()) ? "Tomorrow: " : "In one hour: ") + d.title() + " starts " + when;
            notifier.send(new Notice(d.memberId(), EventsNotificationTypes.REMINDER, null, text,
                    "/p/events/event.xhtml?id=" + d.eventId(), null));
        }
        return due.size();
    }

    /**
     * Once an event has ended, records "events.attended" between attendees who are connected, so
     * that "Keep in touch" counts the event as their last contact. Returns the events processed.
     */
    @Transactional
    public int recordEndedAttendance() {
        if (!status.isEnabled(EventsPlugin.ID)) {
            return 0;
        }
        List<Long> ended = repository.claimEnded();
        for (long eventId : ended) {
            List<Long> going = repository.going(eventId);
            Set<Long> attendees = new HashSet<>(going);
            for (long member : going) {
                for (long other : relationships.connectionsOf(member)) {
                    if (other != member && attendees.contains(other)) {
                        interactions.record(member, other, "events.attended");
                    }
                }
            }
        }
        return ended.size();
    }
}
