package social.rapport.spi.connection;

import java.time.OffsetDateTime;

/**
 * Something that happened between two members.
 *
 * @param actor   who did it (for an expiry: the sender)
 * @param subject the other member
 * @param howMet  the context of an invitation or connection, or null
 */
public record ConnectionChange(long actor, long subject, String howMet, OffsetDateTime at) {
}
