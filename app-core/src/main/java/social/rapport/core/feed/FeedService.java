package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import social.rapport.core.account.Caller;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedRequest;
import social.rapport.spi.platform.Relationships;
import social.rapport.spi.platform.Viewer;

/**
 * The signed-in member's home feed, a page at a time: posts of the visit's authors below the
 * cursor, plugin candidates asked through {@link PluginCalls} (isolated, time-boxed), filtered
 * and placed under the admin's {@link FeedPolicy}, each item with its reason. A page is read in
 * one transaction: its queries share one persistence context, which the plugin calls on other
 * threads leave alone.
 */
@ApplicationScoped
@Transactional
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class.getName());

    @Inject
    Caller caller;

    @Inject
    FeedQueries queries;

    @Inject
    PostViews views;

    @Inject
    PluginCalls calls;

    @Inject
    FeedPolicies policies;

    @Inject
    Relationships relationships;

    @Inject
    Clock clock;

    /** A new visit: its snapshot is now and its authors are read once. */
    public FeedVisit startVisit() {
        long me = caller.memberId();
        Instant now = queries.now();
        return new FeedVisit(now.toEpochMilli(), queries.authors(me, now));
    }

    /** A visit for a cursor whose visit state was lost (another instance, an expired session): authors as of now. */
    public FeedVisit resumeVisit(FeedCursor cursor) {
        return new FeedVisit(cursor.snapshotMillis(), queries.authors(caller.memberId(), clock.instant()));
    }

    /**
     * The page at {@code cursor} (null: the first page of the visit).
     *
     * @param viewer the caller as a {@link Viewer} (with the page's locale) for plugins
     */
    public FeedPage page(FeedVisit visit, FeedCursor cursor, Viewer viewer, String contextPath) {
        long me = caller.memberId();
        FeedCursor at = cursor != null ? cursor : FeedCursor.first(Instant.ofEpochMilli(visit.snapshotMillis()));
        int size = FeedPolicy.PAGE;
        List<FeedQueries.Ranked> ranked = queries.page(me, visit.authors().values(), at.snapshot(), at.rankMicros(), at.lastPostId(), size + 1);
        List<FeedComposer.Offer> offers = offers(visit, new FeedRequest(viewer, at.page(), size, null), me);
        Map<String, FeedPolicy> policy = policies.all();
        FeedComposer.Layout layout = FeedComposer.compose(Math.min(size, ranked.size()), offers, policy, size,
                at.itemsBefore(), at.lastPluginAt());

        List<FeedQueries.Ranked> shown = ranked.subList(0, layout.postSlots());
        Map<Long, PostView> posts = views.load(shown.stream().map(FeedQueries.Ranked::id).toList(), me, contextPath);
        List<FeedQueries.Ranked> arranged = FeedRanking.arrange(shown, FeedQueries.Ranked::score, FeedQueries.Ranked::authorId);
        List<FeedItem> items = new ArrayList<>();
        int nextPost = 0;
        for (FeedComposer.Slot slot : layout.slots()) {
            if (slot.post()) {
                FeedQueries.Ranked post = arranged.get(nextPost++);
                PostView view = posts.get(post.id());
                if (view != null) {
                    items.add(FeedItem.post(view, FeedReason.post(visit.authors().get(post.authorId()), view.author().displayName())));
                }
            } else {
                visit.markShown(slot.pluginId(), slot.candidate().key(), at.page());
                items.add(FeedItem.plugin(slot.pluginId(), slot.candidate(), policy.get(slot.candidate().kind()).paid()));
            }
        }
        FeedCursor next = null;
        if (ranked.size() > layout.postSlots() && layout.postSlots() > 0) {
            FeedQueries.Ranked last = shown.get(shown.size() - 1);
            next = new FeedCursor(at.snapshotMillis(), last.rankMicros(), last.id(), at.page() + 1,
                    at.itemsBefore() + layout.slots().size(), layout.lastPluginAt());
        }
        return new FeedPage(items, at, next);
    }

    /** How many newer posts wait above the visit's snapshot (at most 99). */
    public int newPosts(long snapshotMillis) {
        long me = caller.memberId();
        return queries.newerThan(me, queries.authors(me, clock.instant()).values(), Instant.ofEpochMilli(snapshotMillis), 99);
    }

    /**
     * The contributors' candidates that may be shown: the fragment under the plugin's own
     * {@code /p/<id>/}, not already shown in this visit (nor twice on this page), and not about a
     * member who is suspended or blocked either way with the viewer.
     */
    private List<FeedComposer.Offer> offers(FeedVisit visit, FeedRequest base, long me) {
        List<FeedComposer.Offer> offered = calls.collect(FeedContributor.class, contributor -> {
            String owner = calls.ownerOf(contributor);
            FeedRequest request = new FeedRequest(base.viewer(), base.page(), base.pageSize(), visit.shownKeys(owner, base.page()));
            List<FeedCandidate> candidates = contributor.candidates(request);
            return candidates == null ? List.<FeedComposer.Offer>of()
                    : candidates.stream().filter(c -> c != null).map(c -> new FeedComposer.Offer(owner, c)).toList();
        });
        Set<String> seen = new HashSet<>();
        List<FeedComposer.Offer> result = new ArrayList<>();
        for (FeedComposer.Offer offer : offered) {
            FeedCandidate candidate = offer.candidate();
            String id = offer.pluginId() + ":" + candidate.key();
            if (!fragmentAllowed(offer.pluginId(), candidate.fragment())) {
                LOG.warning(() -> "Plugin " + offer.pluginId() + " offered a feed item rendered by " + candidate.fragment()
                        + ", outside /p/" + offer.pluginId() + "/: dropped");
                continue;
            }
            if (!candidate.kind().startsWith(offer.pluginId() + ".")) {
                LOG.warning(() -> "Plugin " + offer.pluginId() + " offered a feed item of kind " + candidate.kind()
                        + ", not one of its own: dropped");
                continue;
            }
            if (visit.shownBefore(offer.pluginId(), candidate.key(), base.page()) || !seen.add(id)) {
                continue;
            }
            if (candidate.authorId() != null && candidate.authorId() != me && !activeAndUnblocked(candidate.authorId(), me)) {
                continue;
            }
            result.add(offer);
        }
        return result;
    }

    static boolean fragmentAllowed(String pluginId, String fragment) {
        return fragment.startsWith("/p/" + pluginId + "/") && fragment.endsWith(".xhtml") && !fragment.contains("..")
                && !fragment.contains("//") && !fragment.contains("\\");
    }

    private boolean activeAndUnblocked(long author, long me) {
        return !relationships.blocked(author, me) && queries.active(author);
    }
}
