package social.rapport.plugins.events.web;

import static social.rapport.plugins.events.EventsText.PAGES;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventNotFound;
import social.rapport.plugins.events.event.EventRefusal;
import social.rapport.plugins.events.followup.FollowUpService;
import social.rapport.plugins.events.followup.MetPerson;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.Members;

/**
 * {@code /p/events/followup.xhtml?id=42}: for 14 days after an event, an attendee marks the
 * people they met. The page shows the viewer's own marks, and "mutual" only beside people the
 * viewer marked: nobody learns of a mark they did not return.
 */
@Named
@ViewScoped
public class FollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentViewer viewer;

    @Inject
    FollowUpService followUps;

    @Inject
    Members members;

    private String id;
    private long eventId;
    private String title;
    private String closed;

    /** A fellow attendee on the page. */
    public record Row(long id, String name, String href, boolean marked, boolean mutual) implements Serializable {
    }

    public void load() {
        if (!viewer.get().signedIn()) {
            PAGES.signIn();
            return;
        }
        Long parsed = PAGES.parseId(id);
        try {
            if (parsed == null) {
                throw new EventNotFound(-1);
            }
            eventId = parsed;
            Event event = followUps.openFor(eventId, viewer.requireMember());
            title = event.title();
        } catch (EventNotFound e) {
            PAGES.notFound();
        } catch (EventRefusal refusal) {
            closed = PAGES.text(refusal.messageKey());
        }
    }

    public List<Row> getPeople() {
        if (closed != null || eventId == 0) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (MetPerson p : followUps.people(eventId, viewer.requireMember())) {
            members.find(p.memberId()).ifPresent(m -> rows.add(new Row(m.id(), m.displayName(), m.profileUrl(), p.marked(), p.mutual())));
        }
        return rows;
    }

    public String save() {
        try {
            String[] checked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterValuesMap().getOrDefault("followup:met", new String[0]);
            List<Long> ids = java.util.Arrays.stream(checked).map(PAGES::parseId).filter(Objects::nonNull).toList();
            int added = followUps.mark(eventId, viewer.requireMember(), ids);
            PAGES.flash("events.followup.saved", added);
            return "/p/events/followup.xhtml?faces-redirect=true&id=" + eventId;
        } catch (EventRefusal refusal) {
            PAGES.refused("followup", refusal);
        } catch (EventNotFound e) {
            PAGES.notFound();
        }
        return null;
    }

    public String getClosed() {
        return closed;
    }

    public String getTitle() {
        return title;
    }

    public long getEventId() {
        return eventId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

}
