package social.rapport.spi.feed;

import social.rapport.spi.Extension;

import java.util.List;

/**
 * Feed SPI: offers candidate items for one page of a member's home feed. The core composes the
 * page from members' posts and these candidates, and enforces the policy an admin sets (how many
 * items of each {@link FeedKind} a page may hold, how far apart, from which position). A
 * contributor therefore proposes; it never decides where or whether its item is shown.
 *
 * <p>Calls are isolated like every extension call: an exception or a call over the time budget
 * drops this contributor's candidates for this page, is logged and counted, and the page is
 * still served. Keep the work on an index and return quickly.
 */
public interface FeedContributor extends Extension {

    /** Candidates for the page described by {@code request}; an empty list when there is nothing to offer. */
    List<FeedCandidate> candidates(FeedRequest request);
}
