package social.rapport.plugins.events.listing;

import java.util.List;

/**
 * The lists of the events page. UPCOMING: events of my network (hosted by my connections, or to
 * which I am invited). HOSTING and ATTENDING: mine, not ended. PAST: those I hosted or went to.
 * SEARCH: every event I may see, by title or place and from a date.
 */
public enum EventList {
    UPCOMING, HOSTING, ATTENDING, PAST, SEARCH;

    /** A page of a list and the cursor of the next one (null at the end). */
    public record Page(List<Listed> events, String next) {
    }
}
