package social.rapport.plugins.sponsored.targeting;

import java.util.Collection;
import java.util.Map;

/**
 * Where targeting gets members' facts: only those of members who turned the targeting purpose on,
 * only the facts they allowed. Members absent from the answer are matched by untargeted campaigns only.
 */
public interface TargetingFacts {

    /** The released facts of those of {@code members} who allowed targeting. */
    Map<Long, MemberFacts> released(Collection<Long> members);

    /** Whether this member allowed targeting on their facts. */
    boolean allowed(long member);

    /** How many members who allowed targeting match it (for audience estimates), counted by the platform. */
    long count(Targeting targeting);
}
