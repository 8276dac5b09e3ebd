package social.rapport.core.feed;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An author whose posts a viewer's feed reads, and why.
 *
 * @param interactionKind the latest thing the viewer did towards them recently ("comment", "reaction", ...), or null
 */
public record FeedAuthor(long id, Relation relation, long boostSeconds, String interactionKind, OffsetDateTime interactionAt)
        implements Serializable {
}
