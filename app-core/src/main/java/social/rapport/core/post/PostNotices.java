package social.rapport.core.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import social.rapport.core.interaction.InteractionLog;
import social.rapport.core.notification.CoreNotificationTypes;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;

/**
 * What a member's action on a post tells others: the interaction is recorded (the feed ranks
 * by it) and the member it concerns is notified, grouped per post or comment so that the
 * notification page can say "Ana and 12 others reacted to your post".
 */
@ApplicationScoped
public class PostNotices {

    static final int EXCERPT = 60;

    @Inject
    Notifier notifier;

    @Inject
    InteractionLog interactions;

    void commented(long actor, long postId, long postAuthor, String postBody) {
        interactions.record(actor, postAuthor, "comment");
        send(postAuthor, CoreNotificationTypes.POST_COMMENT, actor, "commented on your post: " + PostText.excerpt(postBody, EXCERPT),
                postId, "post-" + postId);
    }

    void replied(long actor, long postId, long commentId, long commentAuthor, String commentBody) {
        interactions.record(actor, commentAuthor, "reply");
        send(commentAuthor, CoreNotificationTypes.COMMENT_REPLY, actor, "replied to your comment: " + PostText.excerpt(commentBody, EXCERPT),
                postId, "comment-" + commentId);
    }

    void reactedToPost(long actor, long postId, long postAuthor, String postBody) {
        interactions.record(actor, postAuthor, "reaction");
        send(postAuthor, CoreNotificationTypes.POST_REACTION, actor, "reacted to your post: " + PostText.excerpt(postBody, EXCERPT),
                postId, "post-" + postId);
    }

    void reactedToComment(long actor, long postId, long commentId, long commentAuthor, String commentBody) {
        interactions.record(actor, commentAuthor, "reaction");
        send(commentAuthor, CoreNotificationTypes.COMMENT_REACTION, actor,
                "reacted to your comment: " + PostText.excerpt(commentBody, EXCERPT), postId, "comment-" + commentId);
    }

    void mentioned(long actor, long postId, long mentioned, String body) {
        interactions.record(actor, mentioned, "mention");
        send(mentioned, CoreNotificationTypes.MENTION, actor, "mentioned you: " + PostText.excerpt(body, EXCERPT), postId, "mention-post-" + postId);
    }

    void reshared(long actor, long originalId, long originalAuthor, String originalBody, long reshareId) {
        interactions.record(actor, originalAuthor, "reshare");
        send(originalAuthor, CoreNotificationTypes.RESHARE, actor, "reshared your post: " + PostText.excerpt(originalBody, EXCERPT),
                reshareId, "post-" + originalId);
    }

    private void send(long recipient, String type, long actor, String text, long postId, String groupKey) {
        if (recipient != actor) {
            notifier.send(new Notice(recipient, type, actor, text, "/post/" + postId, groupKey));
        }
    }
}
