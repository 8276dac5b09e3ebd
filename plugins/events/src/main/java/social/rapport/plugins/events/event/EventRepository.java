package social.rapport.plugins.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.platform.Jdbc;

/** SQL of events_event, events_host and events_cover. */
@ApplicationScoped
public class EventRepository {

    @Inject
    Jdbc db;

    public Optional<Event> find(long id) {
        return db.one("select " + Event.COLUMNS + " from events_event e where e.id = ?", Event::from, id);
    }

    /**
     * The event, its row locked until the transaction ends: every change to its attendance
     * (RSVPs, promotions, invitations) takes this lock first, so concurrent requests queue up
     * and capacity and limits hold.
     */
    public Optional<Event> lock(long id) {
        return db.one("select " + Event.COLUMNS + " from events_event e where e.id = ? for update", Event::from, id);
    }

    public long insert(long hostId, EventRules.Checked e) {
        long id = db.one("insert into events_event (host_id, title, description, start_at, end_at, time_zone, online_url, "
                        + "venue, address, capacity, visibility) values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as integer), ?) returning id",
                r -> r.getLong(1), hostId, e.title(), e.description(), e.start(), e.end(), e.zone().getId(), e.onlineUrl(),
                e.venue(), e.address(), e.capacity(), e.visibility()).orElseThrow();
        db.update("insert into events_host (event_id, member_id, role) values (?, ?, 'HOST')", id, hostId);
        return id;
    }

    public void update(long id, EventRules.Checked e) {
        db.update("update events_event set title = ?, description = ?, start_at = ?, end_at = ?, time_zone = ?, online_url = ?, "
                        + "venue = ?, address = ?, capacity = cast(? as integer), visibility = ?, updated_at = now() where id = ?",
                e.title(), e.description(), e.start(), e.end(), e.zone().getId(), e.onlineUrl(), e.venue(), e.address(),
                e.capacity(), e.visibility(), id);
    }

    public void cancel(long id) {
        db.update("update events_event set cancelled_at = now(), updated_at = now() where id = ? and cancelled_at is null", id);
    }

    /** Reminders already sent no longer fit a moved start: they are sent again for the new time. */
    public void forgetReminders(long id) {
        db.update("delete from events_reminder where event_id = ?", id);
    }

    public boolean isHost(long eventId, long memberId) {
        return db.number("select count(*) from events_host where event_id = ? and member_id = ?", eventId, memberId) > 0;
    }

    /** Host first, then co-hosts in the order they were added. */
    public List<Long> hosts(long eventId) {
        return db.list("select member_id from events_host where event_id = ? order by role = 'HOST' desc, added_at, member_id",
                r -> r.getLong(1), eventId);
    }

    public void addCohost(long eventId, long memberId) {
        db.update("insert into events_host (event_id, member_id, role) values (?, ?, 'COHOST') on conflict do nothing", eventId, memberId);
    }

    public void removeCohost(long eventId, long memberId) {
        db.update("delete from events_host where event_id = ? and member_id = ? and role = 'COHOST'", eventId, memberId);
    }

    public void storeCover(long eventId, int width, byte[] jpeg) {
        db.update("insert into events_cover (event_id, width, jpeg) values (?, ?, ?) "
                + "on conflict (event_id, width) do update set jpeg = excluded.jpeg", eventId, width, jpeg);
        db.update("update events_event set has_cover = true, updated_at = now() where id = ?", eventId);
    }

    public Optional<byte[]> cover(long eventId, int width) {
        return db.one("select jpeg from events_cover where event_id = ? and width = ?", r -> r.getBytes(1), eventId, width);
    }
}
