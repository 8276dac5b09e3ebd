package social.rapport.web.feed;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import social.rapport.core.feed.TagFeed;

/** {@code /tag/<tag>}: recent posts with the hashtag that the viewer may see, {@code ?after=} for the next page. */
@Named
@ViewScoped
public class TagPosts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TagFeed tags;

    private String tag;
    private String after;
    private transient TagFeed.TagPage page;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        tag = (String) context.getExternalContext().getRequestMap().get(FeedRoutes.TAG_ATTRIBUTE);
        if (tag == null) {
            FeedPageActions.notFound();
            return;
        }
        after = context.getExternalContext().getRequestParameterMap().get("after");
    }

    public TagFeed.TagPage getPage() {
        if (page == null && tag != null) {
            page = tags.page(tag, after, FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
        }
        return page;
    }

    public String getTag() {
        return tag;
    }
}
