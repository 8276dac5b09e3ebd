package social.rapport.plugins.events.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.plugins.events.EventsSettings;
import social.rapport.spi.settings.PluginSettings;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.EventsNotificationTypes;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.EventForbidden;
import social.rapport.plugins.events.event.EventRefusal;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.RateLimiter;
import social.rapport.spi.platform.Relationships;

/**
 * Inviting connections to an event. Hosts invite to any event; anyone who may see a public or
 * connections-only event may invite their own connections. At most the setting
 * {@code max-invitations-per-week} (initially {@code rapport.plugins.events.max-invitations-per-week})
 * invitations per event per 7 days, all inviters together, counted by the core's
 * {@link RateLimiter} (so a script over the limit gets 429); never to a member who blocked the
 * inviter or whom the inviter blocked.
 */
@ApplicationScoped
public class InvitationService {

    /** The action the core's rate limits count, per event. */
    static final String INVITATION_LIMIT = "events.invitation";

    @Inject
    EventAccess access;

    @Inject
    Jdbc db;

    @Inject
    Relationships relationships;

    @Inject
    Notifier notifier;

    @Inject
    PluginSettings settings;

    @Inject
    RateLimiter rateLimiter;

    private final Clock clock = Clock.systemUTC();

    /** Invites each member; returns how many new invitations were sent (already invited or answered members are skipped). */
    @Transactional
    public int invite(long eventId, long inviter, Collection<Long> invitees) {
        Event event = access.visibleLocked(eventId, inviter);
        boolean host = access.isHost(eventId, inviter);
        if (event.visibility() == social.rapport.plugins.events.event.Visibility.INVITE_ONLY && !host) {
            throw new EventForbidden("only hosts invite to an invite-only event");
        }
        if (event.cancelled() || event.ended(clock.instant())) {
            throw new EventRefusal("invitees", "events.invite.closed");
        }
        List<Long> fresh = invitees.stream().distinct().filter(m -> m != inviter).toList();
        for (long invitee : fresh) {
            if (relationships.blocked(inviter, invitee)) {
                throw new EventRefusal("invitees", "events.invite.blocked");
            }
            if (!relationships.connected(inviter, invitee)) {
                throw new EventRefusal("invitees", "events.invite.notConnection");
            }
        }
        RateLimiter.Limit perWeek = new RateLimiter.Limit(INVITATION_LIMIT,
                Math.toIntExact(settings.integer(EventsPlugin.ID, EventsSettings.MAX_INVITATIONS_PER_WEEK)), Duration.ofDays(7));
        int sent = 0;
        for (long invitee : fresh) {
            if (db.number("select (select count(*) from events_invitation where event_id = ? and member_id = ?) "
                    + "+ (select count(*) from events_attendee where event_id = ? and member_id = ?)",
                    eventId, invitee, eventId, invitee) > 0 || access.isHost(eventId, invitee)) {
                continue;
            }
            rateLimiter.take(perWeek, "event:" + eventId, "invitees", "events.invite.limit");
            db.update("insert into events_invitation (event_id, member_id, inviter_id) values (?, ?, ?)", eventId, invitee, inviter);
            sent++;
            notifier.send(new Notice(invitee, EventsNotificationTypes.INVITATION, inviter,
                    "invited you to " + event.title(), event.href(), "event-" + eventId));
        }
        return sent;
    }

    /** Connections of the member not yet invited to, answering or hosting the event (for the invite form). */
    public List<Long> invitable(long eventId, long member, Collection<Long> connections) {
        if (connections.isEmpty()) {
            return List.of();
        }
        return db.list("select c from unnest(?) as c where not exists (select 1 from events_invitation i where i.event_id = ? and i.member_id = c) "
                        + "and not exists (select 1 from events_attendee a where a.event_id = ? and a.member_id = c) "
                        + "and not exists (select 1 from events_host h where h.event_id = ? and h.member_id = c) order by c limit 500",
                r -> r.getLong(1), new Jdbc.Ids(connections), eventId, eventId, eventId);
    }
}
