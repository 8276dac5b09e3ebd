package social.rapport.spi.feed;

import java.util.Map;
import java.util.Objects;

/**
 * An item a plugin offers for a member's feed.
 *
 * @param key      identifies the item within its plugin and stays the same across pages and
 *                 visits (e.g. {@code "event-42-starts-soon"}); the core never shows a key twice in one visit
 * @param kind     the id of a {@link FeedKind} the plugin declares (e.g. {@code events.event}): the
 *                 admin's feed policy caps each kind separately; an undeclared kind is dropped
 * @param score    how relevant the plugin thinks it is, between 0 and 1: where the policy allows
 *                 a choice, higher scores are placed first
 * @param reason   the answer to "Why am I seeing this?", in words the member reads (e.g.
 *                 "3 of your connections are going")
 * @param fragment Facelets fragment in the plugin jar that renders the item, under the plugin's
 *                 own {@code /p/<id>/} (e.g. {@code /p/events/feed-item.xhtml}); it receives this
 *                 record as {@code item} and reads {@code #{item.model().title()}}
 * @param model    the data the fragment shows: a record the plugin defines (SPI 2; a map still works)
 * @param authorId the member the item is by or about, or null: the core hides the item when the
 *                 viewer and that member block each other or the member is suspended, and keeps two
 *                 items by the same member apart
 */
public record FeedCandidate(String key, String kind, double score, String reason, String fragment,
                            Object model, Long authorId) {
    public FeedCandidate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fragment, "fragment");
        model = model instanceof Map<?, ?> map ? Map.copyOf(map) : model;
        score = Math.max(0, Math.min(1, score));
    }
}
