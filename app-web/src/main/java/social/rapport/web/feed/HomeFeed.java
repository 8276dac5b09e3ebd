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
import social.rapport.core.feed.FeedAuthor;
import social.rapport.core.feed.FeedCursor;
import social.rapport.core.feed.FeedPage;
import social.rapport.core.feed.FeedPreferences;
import social.rapport.core.feed.FeedService;
import social.rapport.core.feed.FeedVisit;
import social.rapport.core.feed.Relation;
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

    // Item actions: each item's form carries the post and author ids as plain fields; the services
    // check what the caller may do with them, so a changed id gets no further than a guessed one.

    public String react(String kind) {
        Long post = param("post");
        FeedPageActions.act(null, Set.of(), null, () -> reactions.reactToPost(required(post), kind));
        return again();
    }

    public String unreact() {
        Long post = param("post");
        FeedPageActions.act(null, Set.of(), null, () -> reactions.unreactToPost(required(post)));
        return again();
    }

    public String hide() {
        Long post = param("post");
        FeedPageActions.act(null, Set.of(), "feed.hidden", () -> preferences.hide(required(post)));
        return again();
    }

    public String mute() {
        Long author = param("author");
        if (FeedPageActions.act(null, Set.of(), "feed.muted", () -> preferences.mute(required(author)))) {
            forget(author, false);
        }
        return again();
    }

    public String unfollow() {
        Long author = param("author");
        if (FeedPageActions.act(null, Set.of(), "feed.unfollowed", () -> connections.unfollow(required(author)))) {
            forget(author, true);
        }
        return again();
    }

    /** The rest of the visit leaves the author out (after an unfollow only if they were just followed, not a connection). */
    private void forget(long authorId, boolean onlyFollowed) {
        FeedCursor.parse(cursorToken).flatMap(c -> visits.find(c.snapshotMillis())).ifPresent(visit -> {
            FeedAuthor author = visit.authors().get(authorId);
            if (author != null && (!onlyFollowed || author.relation() == Relation.FOLLOW)) {
                visit.forget(authorId);
            }
        });
    }

    /** Shows the same page again, as it is now (post-redirect-get, so a reload repeats nothing). */
    private String again() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getResponseComplete()) {
            return null;
        }
        return FeedPageActions.redirect(cursorToken == null ? "/home" : "/home?after=" + cursorToken);
    }

    private static Long param(String name) {
        return FeedPageActions.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name));
    }

    private static long required(Long id) {
        if (id == null) {
            throw new social.rapport.core.platform.Refusal("post", "feed.post.unavailable");
        }
        return id;
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
