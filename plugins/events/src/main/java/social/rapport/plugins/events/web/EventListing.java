package social.rapport.plugins.events.web;

import static social.rapport.plugins.events.EventsText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import social.rapport.plugins.events.event.When;
import social.rapport.plugins.events.listing.EventCursor;
import social.rapport.plugins.events.listing.EventList;
import social.rapport.plugins.events.listing.EventListRepository;
import social.rapport.plugins.events.listing.Listed;
import social.rapport.spi.platform.CurrentViewer;

/** {@code /p/events/index.xhtml?list=UPCOMING|HOSTING|ATTENDING|PAST|SEARCH&q=&from=&after=}: the lists and the search. */
@Named
@RequestScoped
public class EventListing {

    @Inject
    CurrentViewer viewer;

    @Inject
    EventListRepository lists;

    private String list;
    private String q;
    private String from;
    private String after;
    private EventList current = EventList.UPCOMING;
    private EventList.Page page;

    /** f:viewAction: members only. */
    public void load() {
        if (!viewer.get().signedIn()) {
            PAGES.signIn();
            return;
        }
        try {
            current = list == null || list.isBlank() ? (q != null || from != null ? EventList.SEARCH : EventList.UPCOMING)
                    : EventList.valueOf(list.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            current = EventList.UPCOMING;
        }
        LocalDate fromDate = null;
        if (from != null && !from.isBlank()) {
            try {
                fromDate = LocalDate.parse(from.strip());
                if (fromDate.getYear() < EventCursor.MIN_YEAR || fromDate.getYear() > EventCursor.MAX_YEAR) {
                    fromDate = null; // PostgreSQL's timestamps end long before LocalDate's
                    PAGES.error(null, "events.search.badDate");
                }
            } catch (DateTimeParseException e) {
                PAGES.error(null, "events.search.badDate");
            }
        }
        page = lists.page(current, viewer.requireMember(), q, fromDate, EventCursor.parse(after).orElse(null));
    }

    public List<Listed> getEvents() {
        return page == null ? List.of() : page.events();
    }

    public String when(Listed listed) {
        return When.range(listed.event(), PAGES.locale());
    }

    /** The link to the next page, or null at the end. */
    public String getNextHref() {
        if (page == null || page.next() == null) {
            return null;
        }
        StringBuilder href = new StringBuilder("/p/events/index.xhtml?list=").append(current.name()).append("&after=").append(page.next());
        if (q != null && !q.isBlank()) {
            href.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (from != null && !from.isBlank()) {
            href.append("&from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    public String getCurrent() {
        return current.name();
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
