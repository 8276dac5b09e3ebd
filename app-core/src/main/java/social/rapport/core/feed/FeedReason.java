package social.rapport.core.feed;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * The answer to "Why am I seeing this?", as data the page puts into words.
 *
 * @param relation        SELF, CONNECTION or FOLLOW for posts; null for plugin items
 * @param authorName      the post's author
 * @param interactionKind what the viewer recently did towards the author (comment, reaction, ...), or null
 * @param interactionAt   when
 * @param text            a plugin item's own reason
 * @param paid            whether the plugin item is paid placement (a kind declared paid: the page labels it "Sponsored")
 */
public record FeedReason(Relation relation, String authorName, String interactionKind, OffsetDateTime interactionAt,
                         String text, boolean paid) implements Serializable {

    static FeedReason post(FeedAuthor author, String authorName) {
        return new FeedReason(author.relation(), authorName, author.interactionKind(), author.interactionAt(), null, false);
    }

    static FeedReason plugin(String text, boolean paid) {
        return new FeedReason(null, null, null, null, text, paid);
    }
}
