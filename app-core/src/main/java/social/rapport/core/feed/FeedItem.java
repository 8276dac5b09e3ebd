package social.rapport.core.feed;

import social.rapport.spi.feed.FeedCandidate;

/**
 * One item of a feed page: a post, or a plugin's candidate placed by the policy.
 *
 * @param kind      "POST" or the plugin's feed kind id (e.g. {@code events.event})
 * @param paid      whether the kind is paid placement (labelled "Sponsored")
 * @param candidate the plugin's candidate (its fragment receives it as {@code item}), null for posts
 */
public record FeedItem(String kind, PostView post, String pluginId, FeedCandidate candidate, FeedReason reason, boolean paid) {

    static FeedItem post(PostView post, FeedReason reason) {
        return new FeedItem("POST", post, null, null, reason, false);
    }

    static FeedItem plugin(String pluginId, FeedCandidate candidate, boolean paid) {
        return new FeedItem(candidate.kind(), null, pluginId, candidate, FeedReason.plugin(candidate.reason(), paid), paid);
    }

    public boolean isPost() {
        return post != null;
    }
}
