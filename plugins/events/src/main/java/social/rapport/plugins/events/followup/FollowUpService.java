package social.rapport.plugins.events.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.EventRefusal;
import social.rapport.spi.platform.Interactions;
import social.rapport.spi.platform.Relationships;

/**
 * The follow-up after an event. Marks are kept as given and cannot be taken back: otherwise a
 * member could mark everyone, see who turned mutual and withdraw, learning one-sided marks.
 * Whether a mark is mutual is only ever shown to a member who made the same mark.
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    EventAccess access;

    @Inject
    Jdbc db;

    @Inject
    Relationships relationships;

    @Inject
    Interactions interactions;

    private final Clock clock = Clock.systemUTC();

    /** The event, if its follow-up is open to this member (they went, it ended less than 14 days ago). */
    public Event openFor(long eventId, long member) {
        Event event = access.visible(eventId, member);
        if (event.cancelled() || !FollowUpWindow.open(event.endAt().toInstant(), clock.instant())) {
            throw new EventRefusal("met", "events.followup.closed");
        }
        if (!went(eventId, member)) {
            throw new EventRefusal("met", "events.followup.notAttendee");
        }
        return event;
    }

    /** Fellow attendees the member may mark, with the member's own marks and the mutual ones. */
    public List<MetPerson> people(long eventId, long member) {
        openFor(eventId, member);
        return db.list("select a.member_id, m.member_id is not null, m.member_id is not null and back.member_id is not null "
                        + "from events_attendee a "
                        + "left join events_met m on m.event_id = a.event_id and m.member_id = ? and m.met_id = a.member_id "
                        + "left join events_met back on back.event_id = a.event_id and back.member_id = a.member_id and back.met_id = ? "
                        + "where a.event_id = ? and a.status = 'GOING' and a.member_id <> ? order by a.member_id limit 500",
                r -> new MetPerson(r.getLong(1), r.getBoolean(2), r.getBoolean(3)), member, member, eventId, member).stream()
                .filter(p -> !relationships.blocked(member, p.memberId()))
                .toList();
    }

    /**
     * Adds the member's marks. Each must be someone else who went. A mark that meets one the other
     * made earlier records "events.met" between the two (for "Keep in touch"); nothing at all
     * happens for a one-sided mark, whichever side looks.
     */
    @Transactional
    public int mark(long eventId, long member, Collection<Long> met) {
        openFor(eventId, member);
        Set<Long> wanted = new HashSet<>(met);
        wanted.remove(member);
        int added = 0;
        for (long other : wanted) {
            if (!went(eventId, other) || relationships.blocked(member, other)) {
                throw new EventRefusal("met", "events.followup.notFellow");
            }
            if (db.update("insert into events_met (event_id, member_id, met_id) values (?, ?, ?) on conflict do nothing",
                    eventId, member, other) == 0) {
                continue;
            }
            added++;
            if (db.number("select count(*) from events_met where event_id = ? and member_id = ? and met_id = ?", eventId, other, member) > 0) {
                interactions.record(member, other, "events.met");
                interactions.record(other, member, "events.met");
            }
        }
        return added;
    }

    private boolean went(long eventId, long member) {
        return db.number("select count(*) from events_attendee where event_id = ? and member_id = ? and status = 'GOING'",
                eventId, member) > 0;
    }
}
