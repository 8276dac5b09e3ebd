package social.rapport.spi.feed;

import social.rapport.spi.platform.Viewer;

import java.util.Objects;
import java.util.Set;

/**
 * One page of a member's home feed, as a {@link FeedContributor} sees it.
 *
 * @param viewer    the signed-in member whose feed it is
 * @param page      0 for the first page of this visit, then 1, 2, ... as the member loads more
 * @param pageSize  how many items the page will hold in all (posts and plugin items)
 * @param shownKeys the {@link FeedCandidate#key()}s of this contributor's items already shown on
 *                  earlier pages of this visit; offering them again is allowed but they are dropped
 */
public record FeedRequest(Viewer viewer, int page, int pageSize, Set<String> shownKeys) {
    public FeedRequest {
        Objects.requireNonNull(viewer, "viewer");
        shownKeys = shownKeys == null ? Set.of() : Set.copyOf(shownKeys);
    }

    /** The member whose feed it is. */
    public long memberId() {
        return viewer.memberId();
    }
}
