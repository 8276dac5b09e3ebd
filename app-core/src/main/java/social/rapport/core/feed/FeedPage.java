package social.rapport.core.feed;

import java.util.List;

/**
 * One page of the home feed.
 *
 * @param next the cursor of the following page, or null at the end
 */
public record FeedPage(List<FeedItem> items, FeedCursor cursor, FeedCursor next) {
}
