package social.rapport.plugins.events.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.spi.account.ExportFile;
import social.rapport.spi.account.MemberDataHook;

/**
 * A member's part of the events plugin: the events they host, their answers, their comments and
 * the people they noted meeting go into their export; all of it is erased with their account
 * (events they host go, with their attendees' answers and discussion).
 */
@ApplicationScoped
public class EventsMemberData implements MemberDataHook {

    @Inject
    Jdbc db;

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<ExportFile> export(long memberId) {
        return List.of(
                file("hosting.json", "select e.id, e.title, e.description, e.start_at, e.end_at, e.time_zone, e.online_url, e.venue, "
                        + "e.address, e.capacity, e.visibility, e.cancelled_at, e.created_at, h.role from events_host h "
                        + "join events_event e on e.id = h.event_id where h.member_id = ? order by e.start_at", memberId),
                file("attending.json", "select a.event_id, e.title, e.start_at, a.status, a.updated_at from events_attendee a "
                        + "join events_event e on e.id = a.event_id where a.member_id = ? order by e.start_at", memberId),
                file("comments.json", "select c.id, c.event_id, c.body, c.created_at from events_comment c where c.author_id = ? "
                        + "order by c.created_at", memberId),
                file("met.json", "select m.event_id, m.met_id as member_id, m.created_at from events_met m where m.member_id = ? "
                        + "order by m.created_at", memberId));
    }

    private ExportFile file(String name, String select, long memberId) {
        String json = db.one("select coalesce(json_agg(t), '[]'::json)::text from (" + select + ") t", r -> r.getString(1), memberId)
                .orElse("[]");
        return new ExportFile(name, json);
    }

    @Override
    public void erase(long memberId) {
        String hosted = "(select id from events_event where host_id = ?)";
        db.update("delete from events_comment_reaction where comment_id in (select id from events_comment where event_id in " + hosted
                + " or author_id = ?) or member_id = ?", memberId, memberId, memberId);
        db.update("delete from events_comment where event_id in " + hosted + " or author_id = ?", memberId, memberId);
        for (String table : List.of("events_attendee", "events_invitation", "events_met", "events_reminder", "events_host", "events_cover")) {
            db.update("delete from " + table + " where event_id in " + hosted, memberId);
        }
        db.update("delete from events_event where host_id = ?", memberId);
        db.update("delete from events_attendee where member_id = ?", memberId);
        db.update("delete from events_invitation where member_id = ? or inviter_id = ?", memberId, memberId);
        db.update("delete from events_met where member_id = ? or met_id = ?", memberId, memberId);
        db.update("delete from events_reminder where member_id = ?", memberId);
        db.update("delete from events_host where member_id = ?", memberId);
    }
}
