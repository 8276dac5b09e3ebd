package social.rapport.core.feed;

import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedItemKind;

/**
 * One item of a feed page: a post, or a plugin's candidate placed by the policy.
 *
 * @param kind      "POST" or the {@link FeedItemKind} name
 * @param candidate the plugin's candidate (its fragment receives it as {@code item}), null for posts
 */
public record FeedItem(String kind, PostView post, String pluginId, FeedCandidate candidate, FeedReason reason) {

    static FeedItem post(PostView post, FeedReason reason) {
        return new FeedItem("POST", post, null, null, reason);
    }

    static FeedItem plugin(String pluginId, FeedCandidate candidate) {
        return new FeedItem(candidate.kind().name(), null, pluginId, candidate,
                FeedReason.plugin(candidate.reason(), candidate.kind() == FeedItemKind.SPONSORED));
    }

    public boolean isPost() {
        return post != null;
    }

    public boolean sponsored() {
        return candidate != null && candidate.kind() == FeedItemKind.SPONSORED;
    }
}
