package social.rapport.plugins.events.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One event as stored. Times are instants; {@code zone} is the time zone it is held in. */
public record Event(long id, long hostId, String title, String description, OffsetDateTime startAt, OffsetDateTime endAt,
                    ZoneId zone, String onlineUrl, String venue, String address, Integer capacity, Visibility visibility,
                    boolean hasCover, OffsetDateTime cancelledAt) {

    /** The columns {@link #from(ResultSet)} reads, for {@code select COLUMNS from events_event e}. */
    public static final String COLUMNS = "e.id, e.host_id, e.title, e.description, e.start_at, e.end_at, e.time_zone, "
            + "e.online_url, e.venue, e.address, e.capacity, e.visibility, e.has_cover, e.cancelled_at";

    public static Event from(ResultSet row) throws SQLException {
        return new Event(row.getLong("id"), row.getLong("host_id"), row.getString("title"), row.getString("description"),
                row.getObject("start_at", OffsetDateTime.class), row.getObject("end_at", OffsetDateTime.class),
                ZoneId.of(row.getString("time_zone")), row.getString("online_url"), row.getString("venue"),
                row.getString("address"), (Integer) row.getObject("capacity"), Visibility.valueOf(row.getString("visibility")),
                row.getBoolean("has_cover"), row.getObject("cancelled_at", OffsetDateTime.class));
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean ended(Instant now) {
        return !endAt.toInstant().isAfter(now);
    }

    public boolean online() {
        return onlineUrl != null && !onlineUrl.isBlank();
    }

    public ZonedDateTime start() {
        return startAt.atZoneSameInstant(zone);
    }

    public ZonedDateTime end() {
        return endAt.atZoneSameInstant(zone);
    }

    /** Venue and address, or the link of an online event. */
    public String place() {
        if (online()) {
            return onlineUrl;
        }
        String v = venue == null ? "" : venue;
        String a = address == null ? "" : address;
        return v.isEmpty() ? a : a.isEmpty() ? v : v + ", " + a;
    }

    /** The page of the event, application-relative. */
    public String href() {
        return "/p/events/event.xhtml?id=" + id;
    }
}
