package social.rapport.web.feed;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Set;
import social.rapport.core.account.Caller;
import social.rapport.core.connection.ConnectionService;
import social.rapport.core.feed.FeedCursor;
import social.rapport.core.feed.FeedPage;
import social.rapport.core.feed.FeedPreferences;
import social.rapport.core.feed.FeedService;
import social.rapport.core.feed.FeedVisit;
import social.rapport.core.post.PostService;
import social.rapport.core.post.ReactionService;
import social.rapport.web.platform.LocaleSelection;
import social.rapport.web.platform.Messages;

/**
 * {@code /home}: the composer and the member's ranked feed, one page per request
 * ({@code ?after=<cursor>} for the next one, a plain link), with the item actions react, hide,
 * mute and unfollow. After an item action the same page is shown again, as it is now.
 */
@Named
@ViewScoped
public class HomeFeed implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COMPOSER = "composer";
    private static final Set<String> COMPOSER_FIELDS = Set.of("body", "audience", "photo");

    @Inject
    transient FeedService feed;

    @Inject
    transient PostService posts;

    @Inject
    transient ReactionService reactions;

    @Inject
    transient FeedPreferences preferences;

    @Inject
    transient ConnectionService connections;

    @Inject
    transient Caller caller;

    @Inject
    FeedVisits visits;

    @Inject
    LocaleSelection locale;

    private String after;
    private String cursorToken;
    private transient FeedPage page;

    private String body;
    private String audience = "EVERYONE";
    private transient Part photo;

    /** f:viewAction: the page the link asks for (a cursor that is not ours starts over). */
    public void load() {
        cursorToken = FeedCursor.parse(after).map(FeedCursor::token).orElse(null);
        fetch();
    }

    private void fetch() {
        FeedCursor cursor = cursorToken == null ? null : FeedCursor.parse(cursorToken).orElse(null);
        FeedVisit visit;
        if (cursor == null) {
            visit = feed.startVisit();
        } else {
            visit = visits.find(cursor.snapshotMillis()).orElseGet(() -> feed.resumeVisit(cursor));
        }
        visits.keep(visit);
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        page = feed.page(visit, cursor, caller.viewer(locale.getLocale()), contextPath);
        cursorToken = page.cursor().token();
    }

    public FeedPage getPage() {
        if (page == null) {
            fetch();
        }
        return page;
    }

    /** The link of the next page, or null at the end. */
    public String getMoreLink() {
        return getPage().next() == null ? null : "/home?after=" + getPage().next().token();
    }

    public long getSnapshot() {
        return getPage().cursor().snapshotMillis();
    }

    public boolean isFirstPage() {
        return getPage().cursor().page() == 0;
    }

    public String publish() {
        boolean done = FeedPageActions.act(COMPOSER, COMPOSER_FIELDS, null,
                () -> posts.create(body, audience, FeedPageActions.image(photo)));
        if (!done) {
            return null;
        }
        Messages.flash("feed.post.published");
        return "/home?faces-redirect=true";
    }

    public void react(long postId, String kind) {
        after(FeedPageActions.act(null, Set.of(), null, () -> reactions.reactToPost(postId, kind)));
    }

    public void unreact(long postId) {
        after(FeedPageActions.act(null, Set.of(), null, () -> reactions.unreactToPost(postId)));
    }

    public void hide(long postId) {
        after(FeedPageActions.act(null, Set.of(), "feed.hidden", () -> preferences.hide(postId)));
    }

    public void mute(long authorId) {
        after(FeedPageActions.act(null, Set.of(), "feed.muted", () -> preferences.mute(authorId)));
        forget(authorId);
    }

    public void unfollow(long authorId) {
        after(FeedPageActions.act(null, Set.of(), "feed.unfollowed", () -> connections.unfollow(authorId)));
        // a connection stays in the feed after an unfollow only if still connected: the visit is re-read
        FeedCursor cursor = FeedCursor.parse(cursorToken).orElse(null);
        if (cursor != null) {
            visits.find(cursor.snapshotMillis()).ifPresent(v -> {
                social.rapport.core.feed.FeedAuthor author = v.authors().get(authorId);
                if (author != null && author.relation() == social.rapport.core.feed.Relation.FOLLOW) {
                    v.forget(authorId);
                }
            });
        }
    }

    private void forget(long authorId) {
        FeedCursor.parse(cursorToken).flatMap(c -> visits.find(c.snapshotMillis())).ifPresent(v -> v.forget(authorId));
    }

    private void after(boolean done) {
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            page = null; // shown again as it is now
        }
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
