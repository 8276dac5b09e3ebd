package social.rapport.core.connection;

/**
 * A member as the network pages list them. The profile row is optional (left join), so
 * {@code handle} and {@code headline} may be null: pages then link by id.
 */
public record Person(long id, String displayName, String handle, String headline) implements java.io.Serializable {
}
