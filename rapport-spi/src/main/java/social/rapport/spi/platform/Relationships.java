package social.rapport.spi.platform;

import java.util.Set;

/**
 * Platform service (the core implements it, plugins call it): connection, block and visibility
 * checks. Blocks count in both directions.
 */
public interface Relationships {

    boolean connected(long a, long b);

    /** Whether either member blocked the other. */
    boolean blocked(long a, long b);

    /** Ids of the member's connections. */
    Set<Long> connectionsOf(long memberId);

    /**
     * Whether {@code viewer} (null for an anonymous visitor) may see what {@code owner} shares
     * with {@code audience}. The owner always sees their own; a block hides everything.
     */
    boolean canSee(Long viewer, long owner, Audience audience);
}
