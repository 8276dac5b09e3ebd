package social.rapport.core.feed;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A comment as a viewer sees it, with its replies (one level).
 *
 * @param html the body as safe HTML made by {@link social.rapport.core.post.PostText}
 */
public record CommentView(long id, long authorId, String authorName, String authorHandle, String body, String html,
                          OffsetDateTime createdAt, OffsetDateTime editedAt, int reactionCount, String myReaction, boolean own,
                          List<CommentView> replies) implements Serializable {

    public boolean edited() {
        return editedAt != null;
    }
}
