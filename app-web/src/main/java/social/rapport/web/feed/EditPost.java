package social.rapport.web.feed;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.post.PostService;
import social.rapport.web.platform.Messages;

/**
 * {@code /post/<id>/edit} (the "Edit" link of one's own post in the feed and on its page): the
 * author edits or deletes their post. Deleting asks first, on the server: "Delete post" only shows
 * the question, and the confirm button exists only while it is shown, so a single request
 * (crafted, or from a page without its script) deletes nothing. Someone else's visible post
 * answers 403, a post the caller may not see 404.
 */
@Named
@ViewScoped
public class EditPost implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PostService posts;

    private long postId;
    private String body;
    private boolean confirmingDelete;

    public void load() {
        Long id = (Long) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(FeedRoutes.POST_ATTRIBUTE);
        if (id == null) {
            FeedPageActions.notFound();
            return;
        }
        postId = id;
        try {
            Optional<String> own = posts.editableBody(postId);
            if (own.isEmpty()) {
                FeedPageActions.notFound();
                return;
            }
            body = own.get();
        } catch (AccessDenied denied) {
            FeedPageActions.forbidden();
        }
    }

    public String save() {
        if (!FeedPageActions.act("edit", Set.of("body"), null, () -> posts.edit(postId, body))) {
            return null;
        }
        Messages.flash("feed.post.saved");
        return FeedPageActions.redirect("/post/" + postId);
    }

    /** The first step of deleting: nothing changes, the page asks. */
    public void delete() {
        confirmingDelete = true;
    }

    public String confirmDelete() {
        if (!confirmingDelete) {
            return null;
        }
        confirmingDelete = false;
        if (!FeedPageActions.act("edit", Set.of(), null, () -> posts.delete(postId))) {
            return null;
        }
        Messages.flash("feed.post.deleted");
        return "/home?faces-redirect=true";
    }

    public void keepPost() {
        confirmingDelete = false;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public long getPostId() {
        return postId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
