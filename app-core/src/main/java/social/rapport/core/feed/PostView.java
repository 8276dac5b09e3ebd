package social.rapport.core.feed;

import java.io.Serializable;
import java.time.OffsetDateTime;
import social.rapport.spi.platform.MemberRef;

/**
 * A post as a viewer sees it.
 *
 * @param html        the body as safe HTML (made by {@link social.rapport.core.post.PostText}: escaped, links added)
 * @param myReaction  the viewer's reaction kind, or null
 * @param reshareOf   the reshared post's id, or null when this is not a reshare
 * @param original    the reshared post when the viewer may see it; null otherwise (shown as unavailable)
 */
public record PostView(long id, MemberRef author, String body, String html, String audience, OffsetDateTime createdAt,
                       OffsetDateTime editedAt, int reactionCount, int commentCount, int reshareCount, String myReaction,
                       boolean hasImage, boolean own, Long reshareOf, PostView original) implements Serializable {

    public boolean edited() {
        return editedAt != null;
    }

    public boolean reshare() {
        return reshareOf != null;
    }

    public String url() {
        return "/post/" + id;
    }

    public String imageUrl() {
        return hasImage ? "/feed/image/" + id : null;
    }
}
