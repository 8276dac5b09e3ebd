package social.rapport.plugins.events.web;

import static social.rapport.plugins.events.EventsText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import social.rapport.plugins.events.attendance.AttendeeRepository;
import social.rapport.plugins.events.attendance.InvitationService;
import social.rapport.plugins.events.attendance.RsvpService;
import social.rapport.plugins.events.attendance.RsvpStatus;
import social.rapport.plugins.events.discussion.Comment;
import social.rapport.plugins.events.discussion.DiscussionService;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.EventForbidden;
import social.rapport.plugins.events.event.EventNotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.plugins.events.event.EventRepository;
import social.rapport.plugins.events.event.EventService;
import social.rapport.plugins.events.event.When;
import social.rapport.plugins.events.followup.FollowUpWindow;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Members;
import social.rapport.spi.platform.Relationships;

/**
 * {@code /p/events/event.xhtml?id=42}: details, hosts, answers, attendees (the viewer's
 * connections first), invitations, the discussion and the host's actions. An event the viewer
 * may not see answers 404, whoever asks and however the id was found. Every action redirects
 * back (post/redirect/get); the services check the rules again.
 */
@Named
@ViewScoped
public class ViewEvent implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ATTENDEES_SHOWN = 200;

    @Inject
    CurrentViewer viewer;

    @Inject
    EventAccess access;

    @Inject
    EventRepository events;

    @Inject
    EventService eventService;

    @Inject
    AttendeeRepository attendees;

    @Inject
    RsvpService rsvps;

    @Inject
    InvitationService invitations;

    @Inject
    DiscussionService discussion;

    @Inject
    Members members;

    @Inject
    Relationships relationships;

    private String id;
    private String before;
    private long eventId;
    private boolean confirmingCancel;
    private String comment;
    private List<Object> invitees = new ArrayList<>();
    private String cohost;

    private transient Event event;
    private transient Set<Long> connections;

    /** f:viewAction of the first GET. */
    public void load() {
        Long parsed = PAGES.parseId(id);
        try {
            if (parsed == null) {
                throw new EventNotFound(-1);
            }
            eventId = parsed;
            event = access.visible(eventId, me());
        } catch (EventNotFound e) {
            PAGES.notFound();
        }
    }

    private Long me() {
        return viewer.get().memberId();
    }

    public Event getEvent() {
        if (event == null && eventId != 0) {
            event = access.visible(eventId, me());
        }
        return event;
    }

    public String getWhen() {
        return When.range(getEvent(), PAGES.locale());
    }

    public boolean isSignedIn() {
        return me() != null;
    }

    public boolean isHost() {
        return access.isHost(eventId, me());
    }

    public boolean isMainHost() {
        return me() != null && getEvent().hostId() == me();
    }

    public boolean isEnded() {
        return getEvent().ended(Clock.systemUTC().instant());
    }

    public boolean isOpen() {
        return !getEvent().cancelled() && !isEnded();
    }

    /** The viewer's answer, or null. */
    public String getMyStatus() {
        return me() == null ? null : attendees.status(eventId, me()).map(Enum::name).orElse(null);
    }

    public int getWaitlistPosition() {
        return me() == null ? 0 : attendees.waitlistPosition(eventId, me());
    }

    public int getGoingCount() {
        return attendees.count(eventId, RsvpStatus.GOING);
    }

    public int getWaitlistCount() {
        return attendees.count(eventId, RsvpStatus.WAITLISTED);
    }

    public boolean isFollowUpOpen() {
        return me() != null && !getEvent().cancelled() && "GOING".equals(getMyStatus())
                && FollowUpWindow.open(getEvent().endAt().toInstant(), Clock.systemUTC().instant());
    }

    public List<PersonView> getHosts() {
        return people(events.hosts(eventId).stream(), id -> PAGES.text(getEvent().hostId() == id ? "events.host" : "events.cohost"), false);
    }

    public List<PersonView> getGoing() {
        return people(attendees.members(eventId, RsvpStatus.GOING, ATTENDEES_SHOWN).stream(), id -> "", true);
    }

    public List<PersonView> getMaybe() {
        return people(attendees.members(eventId, RsvpStatus.MAYBE, ATTENDEES_SHOWN).stream(), id -> "", true);
    }

    /** Connections of the viewer who may still be invited (none for others on an invite-only event). */
    public List<PersonView> getInvitable() {
        if (me() == null || !isOpen()
                || (getEvent().visibility() == social.rapport.plugins.events.event.Visibility.INVITE_ONLY && !isHost())) {
            return List.of();
        }
        return people(invitations.invitable(eventId, me(), connections()).stream(), id -> "", false);
    }

    public List<PersonView> getCohostCandidates() {
        if (!isMainHost()) {
            return List.of();
        }
        List<Long> hosts = events.hosts(eventId);
        return people(connections().stream().filter(c -> !hosts.contains(c)).sorted().limit(500), id -> "", false);
    }

    /** Members with a name and what the label says, blocked ones left out; connections first when asked. */
    private List<PersonView> people(Stream<Long> ids, java.util.function.LongFunction<String> label, boolean connectionsFirst) {
        Set<Long> mine = connections();
        Stream<PersonView> views = ids
                .filter(id -> me() == null || id.equals(me()) || !relationships.blocked(me(), id))
                .map(id -> members.find(id).map(m -> PersonView.of(m, label.apply(id), mine.contains(id))))
                .flatMap(Optional::stream);
        if (connectionsFirst) {
            views = views.sorted(Comparator.comparing((PersonView p) -> !p.connection()));
        }
        return views.toList();
    }

    private Set<Long> connections() {
        if (connections == null) {
            connections = me() == null ? Set.of() : relationships.connectionsOf(me());
        }
        return connections;
    }

    /** A comment as the page shows it. */
    public record CommentView(long id, PersonView author, String body, String when, int reactions, boolean reacted, boolean deletable)
            implements Serializable {
    }

    public List<CommentView> getComments() {
        Long from = PAGES.parseId(before);
        boolean host = isHost();
        List<CommentView> views = new ArrayList<>();
        for (Comment c : discussion.page(eventId, me(), from)) {
            Optional<MemberRef> author = members.find(c.authorId());
            if (author.isEmpty()) {
                continue;
            }
            views.add(new CommentView(c.id(), PersonView.of(author.get(), "", connections().contains(c.authorId())), c.body(),
                    When.format(c.at().atZoneSameInstant(getEvent().zone()), PAGES.locale()), c.reactions(), c.reacted(),
                    me() != null && (host || c.authorId() == me())));
        }
        return views;
    }

    /** The link to older comments, when this page is full. */
    public String getOlderHref() {
        List<CommentView> comments = getComments();
        if (comments.size() < DiscussionService.PAGE) {
            return null;
        }
        return getEvent().href() + "&before=" + comments.get(comments.size() - 1).id();
    }

    // Actions

    public String going() {
        return answer(RsvpStatus.GOING);
    }

    public String maybe() {
        return answer(RsvpStatus.MAYBE);
    }

    public String notGoing() {
        return answer(RsvpStatus.NOT_GOING);
    }

    private String answer(RsvpStatus status) {
        return act("rsvp", () -> {
            RsvpStatus outcome = rsvps.answer(eventId, viewer.requireMember(), status);
            PAGES.flash("events.rsvp.saved." + outcome.name());
        });
    }

    public String invite() {
        return act("invite", () -> {
            // item values are strings (see event.xhtml); String.valueOf keeps it safe whatever Faces converted
            List<Long> ids = invitees.stream().map(String::valueOf).map(PAGES::parseId).filter(java.util.Objects::nonNull).toList();
            int sent = invitations.invite(eventId, viewer.requireMember(), ids);
            PAGES.flash("events.invite.sent", sent);
        });
    }

    public String postComment() {
        return act("discussion", () -> {
            discussion.comment(eventId, viewer.requireMember(), comment);
            PAGES.flash("events.comment.posted");
        });
    }

    public String react() {
        return act("discussion", () -> {
            Long commentId = PAGES.idParam("comment");
            if (commentId != null) {
                discussion.toggleReaction(commentId, viewer.requireMember());
            }
        });
    }

    public String deleteComment() {
        return act("discussion", () -> {
            Long commentId = PAGES.idParam("comment");
            if (commentId != null) {
                discussion.delete(commentId, viewer.requireMember());
                PAGES.flash("events.comment.deleted");
            }
        });
    }

    /**
     * The first step of cancelling: nothing changes, the page asks. The confirm button exists only
     * while the question is shown, so a single crafted request cannot cancel an event.
     */
    public void cancelEvent() {
        confirmingCancel = true;
    }

    public String confirmCancel() {
        if (!confirmingCancel) {
            return null;
        }
        confirmingCancel = false;
        return act("host", () -> {
            eventService.cancel(eventId, viewer.requireMember());
            PAGES.flash("events.cancelled");
        });
    }

    public void keepEvent() {
        confirmingCancel = false;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    public String addCohost() {
        return act("host", () -> {
            Long member = PAGES.parseId(cohost);
            if (member != null) {
                eventService.addCohost(eventId, viewer.requireMember(), member);
                PAGES.flash("events.cohost.added");
            }
        });
    }

    /** Runs an action; the service's refusal is shown on the page, a hidden event is 404, a forbidden action 403. */
    private String act(String formId, Runnable action) {
        if (me() == null) {
            PAGES.signIn();
            return null;
        }
        try {
            action.run();
            return "/p/events/event.xhtml?faces-redirect=true&id=" + eventId;
        } catch (Refusal refusal) {
            // the plugin's own (EventRefusal), and a platform service's such as RateLimiter's, with the plugin's message
            PAGES.refused(formId, refusal);
        } catch (EventNotFound e) {
            PAGES.notFound();
        } catch (EventForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Object> getInvitees() {
        return invitees;
    }

    public void setInvitees(List<Object> invitees) {
        this.invitees = invitees;
    }

    public String getCohost() {
        return cohost;
    }

    public void setCohost(String cohost) {
        this.cohost = cohost;
    }
}
