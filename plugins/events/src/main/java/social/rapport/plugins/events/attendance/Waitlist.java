package social.rapport.plugins.events.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import social.rapport.plugins.events.EventsNotificationTypes;
import social.rapport.plugins.events.event.Event;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;

/** Moves waitlisted members up, in order, when seats free up; each promoted member is told. */
@ApplicationScoped
public class Waitlist {

    @Inject
    AttendeeRepository attendees;

    @Inject
    Notifier notifier;

    /** Call with the event's row locked (by the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promoteFreeSeats(Event event) {
        if (event.cancelled()) {
            return;
        }
        int going = attendees.count(event.id(), RsvpStatus.GOING);
        int waiting = attendees.count(event.id(), RsvpStatus.WAITLISTED);
        int n = RsvpRules.promotions(event.capacity(), going, waiting);
        if (n == 0) {
            return;
        }
        for (long member : attendees.firstWaiting(event.id(), n)) {
            attendees.answer(event.id(), member, RsvpStatus.GOING);
            notifier.send(new Notice(member, EventsNotificationTypes.WAITLIST_PROMOTED, null,
                    "A seat freed up: you are now going to " + event.title(), event.href(), null));
        }
    }
}
