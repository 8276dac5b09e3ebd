package social.rapport.plugins.events.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.EventRefusal;

/**
 * Answers to an event. Each answer locks the event's row first ({@code select ... for update}), so
 * concurrent answers are decided one after the other: the event never holds more members going
 * than it has seats, and the waitlist keeps its order.
 */
@ApplicationScoped
public class RsvpService {

    @Inject
    EventAccess access;

    @Inject
    AttendeeRepository attendees;

    @Inject
    Waitlist waitlist;

    private final Clock clock = Clock.systemUTC();

    /** Returns the member's status after the answer (GOING may become WAITLISTED). */
    @Transactional
    public RsvpStatus answer(long eventId, long member, RsvpStatus requested) {
        Event event = access.visibleLocked(eventId, member);
        if (event.cancelled()) {
            throw new EventRefusal("rsvp", "events.rsvp.cancelled");
        }
        if (event.ended(clock.instant())) {
            throw new EventRefusal("rsvp", "events.rsvp.ended");
        }
        RsvpStatus current = attendees.status(eventId, member).orElse(null);
        RsvpStatus outcome = RsvpRules.outcome(event.capacity(), attendees.count(eventId, RsvpStatus.GOING), current, requested);
        attendees.answer(eventId, member, outcome);
        if (RsvpRules.freesSeat(current, outcome)) {
            waitlist.promoteFreeSeats(event);
        }
        return outcome;
    }
}
