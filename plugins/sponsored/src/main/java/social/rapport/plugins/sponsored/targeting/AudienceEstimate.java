package social.rapport.plugins.sponsored.targeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How many members a targeting would reach. An untargeted campaign reaches every member who has
 * not turned sponsored content off ({@link #EVERYONE}); a targeted one only members who allowed
 * targeting and whose released facts match, counted in the database (no member's facts are read).
 */
@ApplicationScoped
public class AudienceEstimate {

    /** The size of an untargeted audience: all members. */
    public static final long EVERYONE = Long.MAX_VALUE;

    @Inject
    TargetingFacts facts;

    public long size(Targeting targeting) {
        if (targeting.untargeted()) {
            return EVERYONE;
        }
        return facts.count(targeting);
    }
}
