package social.rapport.plugins.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import social.rapport.spi.platform.Jdbc;
import social.rapport.spi.platform.Relationships;

/**
 * Who may see an event. Everything the plugin shows or does about an event asks this first, and
 * an event the caller may not see is {@link EventNotFound} (404), never 403: an invite-only event
 * does not exist for a stranger who guesses its id.
 */
@ApplicationScoped
public class EventAccess {

    @Inject
    EventRepository events;

    @Inject
    Jdbc db;

    @Inject
    Relationships relationships;

    /**
     * Hosts always see their events. A block between the viewer and the host hides the event.
     * Invitees and attendees see it whatever its visibility; public events are for everyone,
     * connections-only events for the hosts' connections.
     */
    public boolean canSee(Event event, Long viewer) {
        if (viewer == null) {
            return event.visibility() == Visibility.PUBLIC;
        }
        if (event.hostId() == viewer) {
            return true;
        }
        // the cheap checks first: profile sections and feed items call this within the core's time budget
        if (relationships.blocked(viewer, event.hostId())) {
            return events.isHost(event.id(), viewer); // a co-host still sees the event they host
        }
        if (event.visibility() == Visibility.PUBLIC || events.isHost(event.id(), viewer) || involved(event.id(), viewer)) {
            return true;
        }
        if (event.visibility() == Visibility.CONNECTIONS) {
            List<Long> hosts = events.hosts(event.id());
            return hosts.stream().anyMatch(host -> relationships.connected(viewer, host));
        }
        return false;
    }

    /** Invited, or has answered (an attendee row of any status). */
    private boolean involved(long eventId, long member) {
        return db.number("select (select count(*) from events_invitation where event_id = ? and member_id = ?) "
                + "+ (select count(*) from events_attendee where event_id = ? and member_id = ?)", eventId, member, eventId, member) > 0;
    }

    /** The event if the viewer may see it; otherwise {@link EventNotFound}. */
    public Event visible(long id, Long viewer) {
        Event event = events.find(id).orElseThrow(() -> new EventNotFound(id));
        if (!canSee(event, viewer)) {
            throw new EventNotFound(id);
        }
        return event;
    }

    /** Like {@link #visible}, with the event's row locked for the rest of the transaction. */
    public Event visibleLocked(long id, Long viewer) {
        Event event = events.lock(id).orElseThrow(() -> new EventNotFound(id));
        if (!canSee(event, viewer)) {
            throw new EventNotFound(id);
        }
        return event;
    }

    public boolean isHost(long eventId, Long viewer) {
        return viewer != null && events.isHost(eventId, viewer);
    }

    /** The event, for one of its hosts (host or co-host); 404 for those who cannot see it, 403 for other viewers. */
    public Event hosted(long id, long viewer, boolean lock) {
        Event event = lock ? visibleLocked(id, viewer) : visible(id, viewer);
        if (!events.isHost(id, viewer)) {
            throw new EventForbidden("not a host of event " + id);
        }
        return event;
    }
}
