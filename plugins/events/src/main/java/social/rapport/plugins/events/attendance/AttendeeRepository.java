package social.rapport.plugins.events.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** SQL of events_attendee. Callers that change attendance hold the event's row lock. */
@ApplicationScoped
public class AttendeeRepository {

    @Inject
    Jdbc db;

    public Optional<RsvpStatus> status(long eventId, long memberId) {
        return db.one("select status from events_attendee where event_id = ? and member_id = ?",
                r -> RsvpStatus.valueOf(r.getString(1)), eventId, memberId);
    }

    public int count(long eventId, RsvpStatus status) {
        return (int) db.number("select count(*) from events_attendee where event_id = ? and status = ?", eventId, status);
    }

    /** Sets the answer; joining the waitlist takes the next place in line, staying on it keeps the place. */
    public void answer(long eventId, long memberId, RsvpStatus status) {
        db.update("insert into events_attendee (event_id, member_id, status, waitlist_seq) "
                        + "values (?, ?, ?, case when ? = 'WAITLISTED' then nextval('events_waitlist_seq') end) "
                        + "on conflict (event_id, member_id) do update set status = excluded.status, updated_at = now(), "
                        + "waitlist_seq = case when excluded.status <> 'WAITLISTED' then null "
                        + "when events_attendee.status = 'WAITLISTED' then events_attendee.waitlist_seq "
                        + "else excluded.waitlist_seq end",
                eventId, memberId, status, status.name());
    }

    /** The first {@code n} on the waitlist, in the order they joined. */
    public List<Long> firstWaiting(long eventId, int n) {
        return db.list("select member_id from events_attendee where event_id = ? and status = 'WAITLISTED' "
                + "order by waitlist_seq limit ?", r -> r.getLong(1), eventId, n);
    }

    /** 1-based place on the waitlist, or 0. */
    public int waitlistPosition(long eventId, long memberId) {
        return (int) db.number("select count(*) from events_attendee w join events_attendee me "
                + "on me.event_id = w.event_id and me.member_id = ? and me.status = 'WAITLISTED' "
                + "where w.event_id = ? and w.status = 'WAITLISTED' and w.waitlist_seq <= me.waitlist_seq", memberId, eventId);
    }

    /** Members with this answer, at most {@code limit}, earliest first. */
    public List<Long> members(long eventId, RsvpStatus status, int limit) {
        return db.list("select member_id from events_attendee where event_id = ? and status = ? "
                + "order by coalesce(waitlist_seq, 0), updated_at, member_id limit ?", r -> r.getLong(1), eventId, status, limit);
    }
}
