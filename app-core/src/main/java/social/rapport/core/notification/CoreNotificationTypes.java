package social.rapport.core.notification;

import java.util.List;

/** The notification types the core itself sends; plugins' types are "<plugin id>.<name>". */
public final class CoreNotificationTypes {

    public static final String INVITATION_RECEIVED = "invitation.received";
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    public static final String POST_COMMENT = "post.comment";
    public static final String COMMENT_REPLY = "comment.reply";
    public static final String POST_REACTION = "post.reaction";
    public static final String COMMENT_REACTION = "comment.reaction";
    public static final String MENTION = "mention";
    public static final String RESHARE = "post.reshare";
    public static final String CONTENT_REMOVED = "content.removed";
    public static final String MESSAGE_REQUEST = "message.request";
    /** An admin approved or declined the member's application for a plugin capability. */
    public static final String CAPABILITY_DECIDED = "capability.decided";

    public static final List<String> ALL = List.of(INVITATION_RECEIVED, INVITATION_ACCEPTED, POST_COMMENT, COMMENT_REPLY,
            POST_REACTION, COMMENT_REACTION, MENTION, RESHARE, CONTENT_REMOVED, MESSAGE_REQUEST,
            CAPABILITY_DECIDED);

    private CoreNotificationTypes() {
    }
}
