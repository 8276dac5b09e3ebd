package social.rapport.web.feed;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import social.rapport.core.feed.PostThread;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.post.CommentService;
import social.rapport.core.post.PostService;
import social.rapport.core.post.ReactionService;

/**
 * {@code /post/<id>}: the post with its comments and replies, reactions and who reacted, and the
 * forms to comment, reply, react, reshare, and edit or delete one's own comments
 * ({@code ?editComment=<id>}). A post the viewer may not see is 404, like one that does not exist.
 */
@Named
@ViewScoped
public class ViewPost implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("body", "audience");

    @Inject
    transient PostThread threads;

    @Inject
    transient CommentService comments;

    @Inject
    transient ReactionService reactions;

    @Inject
    transient PostService posts;

    private long postId;
    private Long after;
    private Long editingComment;
    private transient PostThread.Discussion discussion;

    private String comment;
    private final HashMap<Long, String> replies = new HashMap<>();
    private String editedComment;
    private String reshareBody;
    private String reshareAudience = "EVERYONE";

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, Object> attributes = context.getExternalContext().getRequestMap();
        Long id = (Long) attributes.get(FeedRoutes.POST_ATTRIBUTE);
        if (id == null) {
            FeedPageActions.notFound();
            return;
        }
        postId = id;
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        after = FeedPageActions.id(params.get("after"));
        if (fetch() == null) {
            FeedPageActions.notFound();
            return;
        }
        Long edit = FeedPageActions.id(params.get("editComment"));
        if (edit != null) {
            try {
                var own = comments.editable(edit);
                if (own.isEmpty()) {
                    FeedPageActions.notFound();
                    return;
                }
                editingComment = edit;
                editedComment = own.get().body();
            } catch (AccessDenied denied) {
                FeedPageActions.forbidden();
            }
        }
    }

    private PostThread.Discussion fetch() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        discussion = threads.thread(postId, after, contextPath).orElse(null);
        return discussion;
    }

    public PostThread.Discussion getDiscussion() {
        if (discussion == null) {
            fetch();
        }
        return discussion;
    }

    public void comment() {
        if (FeedPageActions.act("comment", FIELDS, "feed.comment.published", () -> comments.comment(postId, comment))) {
            comment = null;
        }
        discussion = null;
    }

    public void reply(long commentId) {
        if (FeedPageActions.act("replies-" + commentId, FIELDS, "feed.reply.published",
                () -> comments.reply(commentId, replies.get(commentId)))) {
            replies.remove(commentId);
        }
        discussion = null;
    }

    public String saveComment() {
        if (editingComment == null) {
            return null;
        }
        long id = editingComment;
        if (!FeedPageActions.act("edit-comment", FIELDS, null, () -> comments.edit(id, editedComment))) {
            return null;
        }
        social.rapport.web.platform.Messages.flash("feed.comment.saved");
        return FeedPageActions.redirect("/post/" + postId);
    }

    public void deleteComment(long commentId) {
        FeedPageActions.act(null, Set.of(), "feed.comment.deleted", () -> comments.delete(commentId));
        discussion = null;
    }

    public void react(String kind) {
        FeedPageActions.act(null, Set.of(), null, () -> reactions.reactToPost(postId, kind));
        discussion = null;
    }

    public void unreact() {
        FeedPageActions.act(null, Set.of(), null, () -> reactions.unreactToPost(postId));
        discussion = null;
    }

    public void reactToComment(long commentId, String kind) {
        FeedPageActions.act(null, Set.of(), null, () -> reactions.reactToComment(commentId, kind));
        discussion = null;
    }

    public String reshare() {
        long[] created = new long[1];
        if (!FeedPageActions.act("reshare", FIELDS, null, () -> created[0] = posts.reshare(postId, reshareBody, reshareAudience))) {
            return null;
        }
        social.rapport.web.platform.Messages.flash("feed.reshared");
        return FeedPageActions.redirect("/post/" + created[0]);
    }

    public long getPostId() {
        return postId;
    }

    public Long getEditingComment() {
        return editingComment;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public String getEditedComment() {
        return editedComment;
    }

    public void setEditedComment(String editedComment) {
        this.editedComment = editedComment;
    }

    public String getReshareBody() {
        return reshareBody;
    }

    public void setReshareBody(String reshareBody) {
        this.reshareBody = reshareBody;
    }

    public String getReshareAudience() {
        return reshareAudience;
    }

    public void setReshareAudience(String reshareAudience) {
        this.reshareAudience = reshareAudience;
    }
}
