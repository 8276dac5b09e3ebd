package social.rapport.plugins.events.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.plugins.events.EventsText;
import social.rapport.spi.digest.DigestContributor;
import social.rapport.spi.digest.DigestRequest;
import social.rapport.spi.digest.DigestSection;
import social.rapport.spi.platform.Jdbc;

/**
 * "Your events this week" in the digest: events the member hosts or is going to that start
 * within the digest's coming week and are not cancelled, soonest first, at their local time.
 */
@ApplicationScoped
public class EventsDigest implements DigestContributor {

    private static final int LIMIT = 10;

    @Inject
    Jdbc db;

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public Optional<DigestSection> section(DigestRequest request) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", request.locale());
        List<DigestSection.Item> items = db.list("select e.id, e.title, e.start_at, e.time_zone from events_event e "
                        + "where e.cancelled_at is null and e.start_at >= ? and e.start_at < ? "
                        + "and (e.host_id = ? or exists (select 1 from events_attendee a where a.event_id = e.id and a.member_id = ? "
                        + "and a.status = 'GOING')) order by e.start_at, e.id limit " + LIMIT,
                r -> new DigestSection.Item(EventsText.get(request.locale(), "events.digest.item", r.getString(2),
                        when.format(r.getTimestamp(3).toInstant().atZone(zone(r.getString(4))))),
                        "/p/events/event.xhtml?id=" + r.getLong(1)),
                request.from(), request.until(), request.memberId(), request.memberId());
        return items.isEmpty() ? Optional.empty()
                : Optional.of(new DigestSection(EventsText.get(request.locale(), "events.digest.title"), items));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
