package social.rapport.core.connection;

import java.time.OffsetDateTime;

/** A follower or a followed member, with when the follow began (the keyset of the list). */
public record FollowRow(Person person, OffsetDateTime since) implements java.io.Serializable {
}
