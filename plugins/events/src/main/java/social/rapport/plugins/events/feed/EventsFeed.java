package social.rapport.plugins.events.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.plugins.events.EventsText;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.When;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedKind;
import social.rapport.spi.feed.FeedKindProvider;
import social.rapport.spi.feed.PlacementPolicy;
import social.rapport.spi.feed.FeedRequest;
import social.rapport.spi.platform.Members;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Relationships;

/**
 * Offers the core's feed three sorts of item, each with a stable key and a reason:
 * {@code event-<id>-connections-going} ("3 of your connections are going to ..."),
 * {@code event-<id>-starts-soon} (an event the member hosts or goes to starts within 36 hours),
 * {@code event-<id>-met-<member>} (a mutual follow-up mark between connections: keep in touch).
 * Runs off the request thread: it uses only what the request gives (the viewer and locale).
 */
@ApplicationScoped
public class EventsFeed implements FeedContributor, FeedKindProvider {

    /** The one feed kind of the plugin; the admin caps it on the feed policy page. */
    public static final String KIND = EventsPlugin.ID + ".event";

    static final String FRAGMENT = "/p/events/feed-item.xhtml";

    @Inject
    Jdbc db;

    @Inject
    EventAccess access;

    @Inject
    Relationships relationships;

    @Inject
    Members members;

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<FeedKind> kinds(Locale locale) {
        return List.of(new FeedKind(KIND, EventsText.get(locale, "events.feed.kind"), new PlacementPolicy(2, 2, 3), false));
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        long viewer = request.memberId();
        Locale locale = request.viewer().locale();
        List<FeedCandidate> result = new ArrayList<>();
        startingSoon(viewer, locale, result);
        connectionsGoing(viewer, locale, result);
        metConnections(viewer, locale, result);
        return result.stream().filter(c -> !request.shownKeys().contains(c.key())).limit(6).toList();
    }

    private void startingSoon(long viewer, Locale locale, List<FeedCandidate> result) {
        List<Event> soon = db.list("select " + Event.COLUMNS + " from events_event e where e.cancelled_at is null "
                + "and e.start_at > now() and e.start_at <= now() + interval '36 hours' and ("
                + "exists (select 1 from events_host h where h.event_id = e.id and h.member_id = ?) or "
                + "exists (select 1 from events_attendee a where a.event_id = e.id and a.member_id = ? and a.status = 'GOING')) "
                + "order by e.start_at limit 3", Event::from, viewer, viewer);
        for (Event event : soon) {
            ZonedDateTime start = event.start();
            LocalDate today = ZonedDateTime.now(event.zone()).toLocalDate();
            String day = start.toLocalDate().equals(today) ? "today" : start.toLocalDate().equals(today.plusDays(1)) ? "tomorrow" : "soon";
            result.add(new FeedCandidate("event-" + event.id() + "-starts-soon", KIND, 0.9,
                    EventsText.get(locale, "events.feed.reason.startsSoon"), FRAGMENT,
                    model(event, locale, EventsText.get(locale, "events.feed.startsSoon." + day, event.title())), null));
        }
    }

    private void connectionsGoing(long viewer, Locale locale, List<FeedCandidate> result) {
        Set<Long> connections = relationships.connectionsOf(viewer);
        if (connections.isEmpty()) {
            return;
        }
        record Going(Event event, int count) {
        }
        List<Going> rows = db.list("select " + Event.COLUMNS + ", count(*) as going from events_event e "
                        + "join events_attendee a on a.event_id = e.id and a.status = 'GOING' and a.member_id = any(?) "
                        + "where e.cancelled_at is null and e.start_at > now() and e.start_at < now() + interval '30 days' "
                        + "and not exists (select 1 from events_attendee me where me.event_id = e.id and me.member_id = ?) "
                        + "and not exists (select 1 from events_host h where h.event_id = e.id and h.member_id = ?) "
                        + "group by e.id order by count(*) desc, e.start_at limit 10",
                r -> new Going(Event.from(r), r.getInt("going")), new Jdbc.Ids(connections), viewer, viewer);
        rows.stream().filter(g -> access.canSee(g.event(), viewer)).limit(3).forEach(g -> result.add(new FeedCandidate(
                "event-" + g.event().id() + "-connections-going", KIND, Math.min(1, 0.4 + 0.1 * g.count()),
                EventsText.get(locale, "events.feed.reason.connectionsGoing", g.count()), FRAGMENT,
                model(g.event(), locale, EventsText.get(locale, "events.feed.connectionsGoing", g.count(), g.event().title())),
                g.event().hostId())));
    }

    /** Mutual marks between members who are already connected, while the follow-up is open. */
    private void metConnections(long viewer, Locale locale, List<FeedCandidate> result) {
        record Met(Event event, long other) {
        }
        List<Met> rows = db.list("select " + Event.COLUMNS + ", mine.met_id from events_met mine "
                        + "join events_met theirs on theirs.event_id = mine.event_id and theirs.member_id = mine.met_id and theirs.met_id = mine.member_id "
                        + "join events_event e on e.id = mine.event_id "
                        + "where mine.member_id = ? and e.end_at > now() - interval '14 days' order by e.end_at desc limit 5",
                r -> new Met(Event.from(r), r.getLong("met_id")), viewer);
        for (Met met : rows) {
            if (!relationships.connected(viewer, met.other())) {
                continue; // not connected yet: that is a suggestion on /network, not a nudge
            }
            MemberRef other = members.find(met.other()).orElse(null);
            if (other == null) {
                continue;
            }
            EventFeedItem model = model(met.event(), locale,
                    EventsText.get(locale, "events.feed.met", other.displayName(), met.event().title())).linkingTo(other.profileUrl());
            result.add(new FeedCandidate("event-" + met.event().id() + "-met-" + met.other(), KIND, 0.7,
                    EventsText.get(locale, "events.feed.reason.met"), FRAGMENT, model, met.other()));
        }
    }

    private static EventFeedItem model(Event event, Locale locale, String text) {
        return new EventFeedItem(text, event.title(), event.href(), When.range(event, locale), event.place() == null ? "" : event.place());
    }
}
