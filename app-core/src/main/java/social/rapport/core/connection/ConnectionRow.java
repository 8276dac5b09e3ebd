package social.rapport.core.connection;

import java.time.OffsetDateTime;

/** One of a member's connections: who, since when, and how they met. */
public record ConnectionRow(Person person, OffsetDateTime connectedAt, HowMet howMet) implements java.io.Serializable {
}
