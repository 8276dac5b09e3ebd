package social.rapport.plugins.sponsored.targeting;

/**
 * How an audience size is shown to an advertiser: never exact, so that a narrow targeting cannot
 * single out a member. Below the minimum the editor says only "fewer than <minimum>"; above it the
 * size is rounded down to two significant figures (1,234 → 1,200).
 */
public final class AudienceRules {

    private AudienceRules() {
    }

    public static boolean largeEnough(long size, int minimum) {
        return size >= minimum;
    }

    /** The rounded size, or -1 for "fewer than the minimum". */
    public static long shown(long size, int minimum) {
        if (size < minimum) {
            return -1;
        }
        long magnitude = 1;
        while (size / magnitude >= 100) {
            magnitude *= 10;
        }
        return size / magnitude * magnitude;
    }
}
