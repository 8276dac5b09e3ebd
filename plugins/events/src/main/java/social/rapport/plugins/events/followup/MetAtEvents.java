package social.rapport.plugins.events.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.spi.connection.ConnectionSuggestionSource;
import social.rapport.spi.connection.Suggestion;

/**
 * "People you may know" from events: mutual follow-up marks ("Met at JavaDay", strong), then
 * co-attendance of events that ended in the last 90 days ("Also attended JavaDay", weak). A
 * one-sided mark adds nothing, so a suggestion never tells that someone marked you. The core
 * removes connections, blocks and pending invitations.
 */
@ApplicationScoped
public class MetAtEvents implements ConnectionSuggestionSource {

    static final double MET = 0.9;
    static final double CO_ATTENDED = 0.2;

    @Inject
    Jdbc db;

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<Suggestion> suggest(long memberId, int limit) {
        Map<Long, Suggestion> result = new LinkedHashMap<>();
        db.list("select mine.met_id, min(e.title) from events_met mine "
                        + "join events_met theirs on theirs.event_id = mine.event_id and theirs.member_id = mine.met_id and theirs.met_id = mine.member_id "
                        + "join events_event e on e.id = mine.event_id "
                        + "where mine.member_id = ? group by mine.met_id order by max(e.end_at) desc limit ?",
                r -> new Suggestion(r.getLong(1), MET, "Met at " + r.getString(2)), memberId, limit)
                .forEach(s -> result.putIfAbsent(s.memberId(), s));
        if (result.size() < limit) {
            db.list("select other.member_id, min(e.title) from events_attendee me "
                            + "join events_event e on e.id = me.event_id and e.cancelled_at is null "
                            + "  and e.end_at < now() and e.end_at > now() - interval '90 days' "
                            + "join events_attendee other on other.event_id = me.event_id and other.status = 'GOING' and other.member_id <> me.member_id "
                            + "where me.member_id = ? and me.status = 'GOING' group by other.member_id order by count(*) desc limit ?",
                    r -> new Suggestion(r.getLong(1), CO_ATTENDED, "Also attended " + r.getString(2)), memberId, limit)
                    .forEach(s -> result.putIfAbsent(s.memberId(), s));
        }
        return result.values().stream().limit(limit).toList();
    }
}
