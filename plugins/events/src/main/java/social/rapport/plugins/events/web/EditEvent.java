package social.rapport.plugins.events.web;

import static social.rapport.plugins.events.EventsText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.EventDraft;
import social.rapport.plugins.events.event.EventForbidden;
import social.rapport.plugins.events.event.EventNotFound;
import social.rapport.plugins.events.event.EventRefusal;
import social.rapport.plugins.events.event.EventService;
import social.rapport.plugins.events.event.Visibility;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.Images;

/** {@code /p/events/edit.xhtml} (new event) and {@code ?id=42} (edit, hosts only), with the cover upload. */
@Named
@ViewScoped
public class EditEvent implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    CurrentViewer viewer;

    @Inject
    EventService events;

    @Inject
    EventAccess access;

    private String id;
    private Long eventId;
    private String title;
    private String description;
    private String start;
    private String end;
    private String zone = "UTC";
    private String onlineUrl;
    private String venue;
    private String address;
    private String capacity;
    private String visibility = Visibility.PUBLIC.name();
    private transient Part file;

    /** f:viewAction: members only; editing is for the event's hosts. */
    public void load() {
        if (!viewer.get().signedIn()) {
            PAGES.signIn();
            return;
        }
        if (id == null || id.isBlank()) {
            return;
        }
        eventId = PAGES.parseId(id);
        try {
            if (eventId == null) {
                throw new EventNotFound(-1);
            }
            Event event = access.hosted(eventId, viewer.requireMember(), false);
            title = event.title();
            description = event.description();
            start = LOCAL.format(event.start());
            end = LOCAL.format(event.end());
            zone = event.zone().getId();
            onlineUrl = event.onlineUrl();
            venue = event.venue();
            address = event.address();
            capacity = event.capacity() == null ? null : event.capacity().toString();
            visibility = event.visibility().name();
        } catch (EventNotFound e) {
            PAGES.notFound();
        } catch (EventForbidden e) {
            PAGES.forbidden();
        }
    }

    public String save() {
        EventDraft draft;
        try {
            draft = new EventDraft(title, description, time(start, "start"), time(end, "end"), zone, onlineUrl, venue, address,
                    capacity(), visibility());
        } catch (EventRefusal refusal) {
            PAGES.refused("event", refusal);
            return null;
        }
        try {
            long member = viewer.requireMember();
            if (eventId == null) {
                eventId = events.create(member, draft);
                PAGES.flash("events.created");
            } else {
                events.update(eventId, member, draft);
                PAGES.flash("events.saved");
            }
            return "/p/events/event.xhtml?faces-redirect=true&id=" + eventId;
        } catch (EventRefusal refusal) {
            PAGES.refused("event", refusal);
        } catch (EventNotFound e) {
            PAGES.notFound();
        } catch (EventForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    public String uploadCover() {
        if (eventId == null) {
            return null;
        }
        try {
            events.setCover(eventId, viewer.requireMember(), Images.read(file));
            PAGES.flash("events.cover.saved");
            return "/p/events/event.xhtml?faces-redirect=true&id=" + eventId;
        } catch (Images.RejectedImage rejected) {
            PAGES.refused("cover", EventService.coverRefusal(rejected));
        } catch (EventRefusal refusal) {
            PAGES.refused("cover", refusal);
        } catch (EventNotFound e) {
            PAGES.notFound();
        } catch (EventForbidden e) {
            PAGES.forbidden();
        }
        return null;
    }

    private static LocalDateTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().length() > 16 ? text.strip().substring(0, 16) : text.strip(), LOCAL);
        } catch (DateTimeParseException e) {
            throw new EventRefusal(field, "events.error.time");
        }
    }

    private Integer capacity() {
        if (capacity == null || capacity.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(capacity.strip());
        } catch (NumberFormatException e) {
            throw new EventRefusal("capacity", "events.error.capacity");
        }
    }

    private Visibility visibility() {
        try {
            return Visibility.valueOf(visibility);
        } catch (RuntimeException e) {
            throw new EventRefusal("visibility", "events.error.visibility");
        }
    }

    /** The time zones to choose from, by id. */
    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC")).sorted().toList();
    }

    public List<String> getVisibilities() {
        return List.of(Visibility.PUBLIC.name(), Visibility.CONNECTIONS.name(), Visibility.INVITE_ONLY.name());
    }

    public boolean isEditing() {
        return eventId != null;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
