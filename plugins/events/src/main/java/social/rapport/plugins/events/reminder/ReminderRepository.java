package social.rapport.plugins.events.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import social.rapport.spi.platform.Jdbc;

/** SQL of reminders and of the ended-event claim. */
@ApplicationScoped
public class ReminderRepository {

    @Inject
    Jdbc db;

    /** A reminder this caller claimed and must send. */
    public record Due(long eventId, long memberId, String kind, String title, OffsetDateTime startAt, ZoneId zone) {
    }

    /**
     * Claims every reminder due now, for members going to events that are not cancelled, in one
     * statement: each claimed reminder is a row keyed (event, member, kind), inserted with
     * {@code on conflict do nothing}. When two instances claim at once, PostgreSQL lets one insert
     * each key and the other skips it, so a reminder is sent once; the claim commits (or rolls
     * back) with the notifications sent for it.
     */
    public List<Due> claimDue() {
        return db.list("with due as ("
                        + " insert into events_reminder (event_id, member_id, kind)"
                        + " select a.event_id, a.member_id, k.kind from events_event e"
                        + " join events_attendee a on a.event_id = e.id and a.status = 'GOING'"
                        + " join (values ('24h', interval '24 hours', interval '1 hour'), ('1h', interval '1 hour', interval '0 hours'))"
                        + "   as k(kind, ahead, until) on e.start_at - k.ahead <= now() and e.start_at - k.until > now()"
                        + " where e.cancelled_at is null and e.start_at > now() and e.start_at <= now() + interval '24 hours'"
                        + " on conflict do nothing"
                        + " returning event_id, member_id, kind)"
                        + " select due.event_id, due.member_id, due.kind, e.title, e.start_at, e.time_zone"
                        + " from due join events_event e on e.id = due.event_id",
                r -> new Due(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getObject(5, OffsetDateTime.class),
                        ZoneId.of(r.getString(6))));
    }

    /** Claims up to 20 ended events whose co-attendance is not recorded yet; skips rows another instance holds. */
    public List<Long> claimEnded() {
        return db.list("update events_event set attendance_recorded_at = now() where id in ("
                + " select id from events_event where attendance_recorded_at is null and end_at < now() and cancelled_at is null"
                + " order by end_at limit 20 for update skip locked) returning id", r -> r.getLong(1));
    }

    /** Members who went to the event (at most 500: larger events are not a personal interaction). */
    public List<Long> going(long eventId) {
        return db.list("select member_id from events_attendee where event_id = ? and status = 'GOING' order by member_id limit 500",
                r -> r.getLong(1), eventId);
    }
}
