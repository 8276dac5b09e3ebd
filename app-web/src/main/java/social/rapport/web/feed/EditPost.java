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
 * {@code /post/<id>/edit}: the author edits or deletes their post. Someone else's visible post
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

    public String delete() {
        if (!FeedPageActions.act("edit", Set.of(), null, () -> posts.delete(postId))) {
            return null;
        }
        Messages.flash("feed.post.deleted");
        return "/home?faces-redirect=true";
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
