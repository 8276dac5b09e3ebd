package social.rapport.core.connection;

import java.time.OffsetDateTime;

/** A warning an admin sent to a member, shown until they acknowledge it. */
public record Warning(long id, String message, OffsetDateTime createdAt) {
}
