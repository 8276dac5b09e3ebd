package social.rapport.spi.platform;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Platform service (the core implements it, plugins call it): connection, block and visibility
 * checks. Blocks count in both directions.
 */
public interface Relationships {

    boolean connected(long a, long b);

    /** Whether either member blocked the other. */
    boolean blocked(long a, long b);

    /**
     * Those of {@code others} with a block between them and {@code member}, in either direction:
     * {@link #blocked(long, long)} for a page of results at once. The core answers in one query;
     * this default asks {@link #blocked(long, long)} for each.
     */
    default Set<Long> blockedAmong(long member, Collection<Long> others) {
        Set<Long> result = new HashSet<>();
        for (Long other : others) {
            if (blocked(member, other)) {
                result.add(other);
            }
        }
        return result;
    }

    /** Ids of the member's connections. */
    Set<Long> connectionsOf(long memberId);

    /**
     * Whether {@code viewer} (null for an anonymous visitor) may see what {@code owner} shares
     * with {@code audience}. The owner always sees their own; a block hides everything.
     */
    boolean canSee(Long viewer, long owner, Audience audience);
}
