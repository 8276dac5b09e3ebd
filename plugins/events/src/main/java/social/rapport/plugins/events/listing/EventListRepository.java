package social.rapport.plugins.events.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.spi.platform.Relationships;

/**
 * The lists and the search, as SQL with keyset pagination on (start_at, id). The SQL keeps to
 * events the member may see (the same rules as {@link EventAccess}); blocks are applied after,
 * through {@link Relationships}, because the plugin cannot read the core's block table.
 */
@ApplicationScoped
public class EventListRepository {

    public static final int PAGE = 20;
    public static final int MAX_QUERY = 100;

    /** Visible to ?1 (viewer) with connections ?2: public, a connection hosts it (unless invite-only), or I am involved. */
    private static final String VISIBLE = "(e.visibility = 'PUBLIC' "
            + "or (e.visibility = 'CONNECTIONS' and exists (select 1 from events_host h where h.event_id = e.id and h.member_id = any(?2))) "
            + "or exists (select 1 from events_host h where h.event_id = e.id and h.member_id = ?1) "
            + "or exists (select 1 from events_invitation i where i.event_id = e.id and i.member_id = ?1) "
            + "or exists (select 1 from events_attendee a where a.event_id = e.id and a.member_id = ?1))";

    private static final String GOING = "(select count(*) from events_attendee g where g.event_id = e.id and g.status = 'GOING') as going";

    @Inject
    Jdbc db;

    @Inject
    EventAccess access;

    @Inject
    Relationships relationships;

    public EventList.Page page(EventList list, long viewer, String query, LocalDate from, EventCursor after) {
        Set<Long> connections = relationships.connectionsOf(viewer);
        boolean backwards = list == EventList.PAST;
        List<Object> parameters = new ArrayList<>();
        String where = switch (list) {
            case UPCOMING -> "e.start_at > now() and e.cancelled_at is null and " + VISIBLE
                    + " and (exists (select 1 from events_host h where h.event_id = e.id and h.member_id = any(?2)) "
                    + "or exists (select 1 from events_invitation i where i.event_id = e.id and i.member_id = ?1))";
            case HOSTING -> "e.end_at > now() and exists (select 1 from events_host h where h.event_id = e.id and h.member_id = ?1)";
            case ATTENDING -> "e.end_at > now() and exists (select 1 from events_attendee a where a.event_id = e.id "
                    + "and a.member_id = ?1 and a.status in ('GOING', 'MAYBE', 'WAITLISTED'))";
            case PAST -> "e.end_at <= now() and (exists (select 1 from events_host h where h.event_id = e.id and h.member_id = ?1) "
                    + "or exists (select 1 from events_attendee a where a.event_id = e.id and a.member_id = ?1 and a.status = 'GOING'))";
            case SEARCH -> "e.cancelled_at is null and " + VISIBLE;
        };
        StringBuilder sql = new StringBuilder("select " + Event.COLUMNS + ", " + GOING + " from events_event e where " + where);
        parameters.add(viewer);
        parameters.add(new Jdbc.Ids(connections));
        if (list == EventList.SEARCH) {
            String q = query == null ? "" : query.strip().toLowerCase();
            if (q.length() > MAX_QUERY) {
                q = q.substring(0, MAX_QUERY);
            }
            if (!q.isEmpty()) {
                sql.append(" and lower(e.title || ' ' || coalesce(e.venue, '') || ' ' || coalesce(e.address, '')) like ?")
                        .append(parameters.size() + 1);
                parameters.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            OffsetDateTime since = from == null ? OffsetDateTime.now(ZoneOffset.UTC) : from.atStartOfDay().atOffset(ZoneOffset.UTC);
            sql.append(" and e.end_at > ?").append(parameters.size() + 1);
            parameters.add(since);
        }
        if (after != null) {
            sql.append(backwards ? " and (e.start_at, e.id) < (?" : " and (e.start_at, e.id) > (?").append(parameters.size() + 1)
                    .append(", ?").append(parameters.size() + 2).append(")");
            parameters.add(after.start());
            parameters.add(after.id());
        }
        sql.append(backwards ? " order by e.start_at desc, e.id desc" : " order by e.start_at, e.id").append(" limit ").append(PAGE + 1);
        List<Listed> rows = db.list(numbered(sql.toString()), r -> new Listed(Event.from(r), r.getInt("going")),
                expand(sql.toString(), parameters));
        String next = rows.size() > PAGE ? new EventCursor(rows.get(PAGE - 1).event().startAt(), rows.get(PAGE - 1).event().id()).format() : null;
        List<Listed> shown = rows.stream().limit(PAGE)
                .filter(l -> !relationships.blocked(viewer, l.event().hostId()) || access.isHost(l.event().id(), viewer))
                .toList();
        return new EventList.Page(shown, next);
    }

    /** JDBC has positional "?" only: "?N" placeholders are replaced in order, each by "?". */
    private static String numbered(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }

    /** The parameter list for the "?N" placeholders in the order they appear. */
    private static Object[] expand(String sql, List<Object> parameters) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(sql);
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            values.add(parameters.get(Integer.parseInt(m.group(1)) - 1));
        }
        return values.toArray();
    }

    /** Upcoming events a member hosts or goes to, for their profile. */
    public List<Event> upcomingOf(long member, boolean hosting, int limit) {
        String involvement = hosting
                ? "exists (select 1 from events_host h where h.event_id = e.id and h.member_id = ?)"
                : "exists (select 1 from events_attendee a where a.event_id = e.id and a.member_id = ? and a.status = 'GOING')";
        return db.list("select " + Event.COLUMNS + " from events_event e where e.end_at > now() and e.cancelled_at is null and "
                + involvement + " order by e.start_at, e.id limit ?", Event::from, member, limit);
    }

}
