package social.rapport.plugins.events.feed;

/**
 * The typed model of an events feed item, read by {@code /p/events/feed-item.xhtml} as
 * {@code item.model().text()} and so on.
 *
 * @param text  the sentence shown, already in the viewer's language
 * @param href  application-relative link (the event, or the member met)
 * @param when  the event's dates, formatted for the viewer
 * @param place where, or empty
 */
public record EventFeedItem(String text, String title, String href, String when, String place) {

    /** The same item linking elsewhere. */
    public EventFeedItem linkingTo(String otherHref) {
        return new EventFeedItem(text, title, otherHref, when, place);
    }
}
