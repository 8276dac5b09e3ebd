package social.rapport.plugins.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.EventsNotificationTypes;
import social.rapport.plugins.events.attendance.Waitlist;
import social.rapport.spi.platform.Images;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.Relationships;

/** Creating, editing and cancelling events, their co-hosts and covers. Every method checks who asks. */
@ApplicationScoped
public class EventService {

    /** Cover widths stored: the event page and the lists. */
    public static final List<Integer> COVER_WIDTHS = List.of(1200, 600);

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    Jdbc db;

    @Inject
    Waitlist waitlist;

    @Inject
    Notifier notifier;

    @Inject
    Relationships relationships;

    @Inject
    Images images;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public long create(long host, EventDraft draft) {
        return events.insert(host, EventRules.check(draft, clock.instant(), true));
    }

    /** Hosts and co-hosts edit; attendees hear of a new time or place; a larger capacity promotes the waitlist. */
    @Transactional
    public void update(long id, long viewer, EventDraft draft) {
        Event before = access.hosted(id, viewer, true);
        if (before.cancelled()) {
            throw new EventRefusal("title", "events.error.cancelled");
        }
        EventRules.Checked after = EventRules.check(draft, clock.instant(), false);
        events.update(id, after);
        boolean moved = !before.startAt().isEqual(after.start()) || !before.endAt().isEqual(after.end());
        if (moved) {
            events.forgetReminders(id);
        }
        if (moved || !Objects.equals(before.place(), placeOf(after))) {
            for (long member : audience(id)) {
                notifier.send(new Notice(member, EventsNotificationTypes.CHANGED, viewer,
                        "changed the time or place of " + after.title(), before.href(), "event-" + id));
            }
        }
        waitlist.promoteFreeSeats(events.find(id).orElseThrow());
    }

    /** Only the host cancels; everyone who answered (and every invitee) is told. The data stays. */
    @Transactional
    public void cancel(long id, long viewer) {
        Event event = access.hosted(id, viewer, true);
        if (event.hostId() != viewer) {
            throw new EventForbidden("only the host cancels");
        }
        if (event.cancelled()) {
            return;
        }
        events.cancel(id);
        List<Long> told = db.list("select member_id from events_attendee where event_id = ? and status <> 'NOT_GOING' "
                + "union select member_id from events_invitation where event_id = ?", r -> r.getLong(1), id, id);
        for (long member : told) {
            notifier.send(new Notice(member, EventsNotificationTypes.CANCELLED, viewer,
                    "cancelled " + event.title(), event.href(), "event-" + id));
        }
    }

    /** The host adds one of their connections as a co-host (who can then edit and invite). */
    @Transactional
    public void addCohost(long id, long viewer, long member) {
        Event event = access.hosted(id, viewer, true);
        if (event.hostId() != viewer) {
            throw new EventForbidden("only the host adds co-hosts");
        }
        if (!relationships.connected(viewer, member) || relationships.blocked(viewer, member)) {
            throw new EventRefusal("cohost", "events.error.cohostNotConnection");
        }
        events.addCohost(id, member);
    }

    @Transactional
    public void removeCohost(long id, long viewer, long member) {
        Event event = access.hosted(id, viewer, true);
        if (event.hostId() != viewer && member != viewer) {
            throw new EventForbidden("only the host removes other co-hosts");
        }
        events.removeCohost(id, member);
    }

    /** The cover goes through the core's photo checks and is stored re-encoded, without metadata. */
    @Transactional
    public void setCover(long id, long viewer, byte[] upload) {
        access.hosted(id, viewer, true);
        Map<Integer, byte[]> prepared;
        try {
            prepared = images.prepare(upload, COVER_WIDTHS);
        } catch (Images.RejectedImage rejected) {
            throw coverRefusal(rejected);
        }
        // an image narrower than a requested width comes back once, at its own width: store it under each
        for (int width : COVER_WIDTHS) {
            byte[] jpeg = prepared.containsKey(width) ? prepared.get(width) : prepared.values().iterator().next();
            events.storeCover(id, width, jpeg);
        }
    }

    /** The refusal, on the field {@code file}, for a cover the core's image checks (or {@link Images#read}) refused. */
    public static EventRefusal coverRefusal(Images.RejectedImage rejected) {
        return new EventRefusal("file", switch (rejected.reason()) {
            case MISSING -> "events.cover.missing";
            case TOO_LARGE -> "events.cover.tooLarge";
            case WRONG_TYPE -> "events.cover.wrongType";
            case TOO_MANY_PIXELS -> "events.cover.tooManyPixels";
            case UNREADABLE -> "events.cover.unreadable";
        });
    }

    /** Those going, maybe going or waiting: they hear of changes. */
    private List<Long> audience(long id) {
        return db.list("select member_id from events_attendee where event_id = ? and status in ('GOING', 'MAYBE', 'WAITLISTED')",
                r -> r.getLong(1), id);
    }

    private static String placeOf(EventRules.Checked e) {
        if (e.onlineUrl() != null) {
            return e.onlineUrl();
        }
        String v = e.venue() == null ? "" : e.venue();
        String a = e.address() == null ? "" : e.address();
        return v.isEmpty() ? a : a.isEmpty() ? v : v + ", " + a;
    }
}
