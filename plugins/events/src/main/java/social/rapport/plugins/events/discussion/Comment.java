package social.rapport.plugins.events.discussion;

import java.time.OffsetDateTime;

/** One comment with its reaction count and whether the viewer reacted. */
public record Comment(long id, long eventId, long authorId, String body, OffsetDateTime at, int reactions, boolean reacted) {
}
