package social.rapport.plugins.sponsored.delivery;

/**
 * Spreads a daily budget over the UTC day: by any moment a campaign may have spent at most the share
 * of its daily budget that the elapsed part of the day (plus one hour's head start) allows, and never
 * more than the daily budget. Amounts in thousandths of a minor unit.
 */
public final class PacingRules {

    static final long DAY_SECONDS = 86_400;
    static final long HEAD_START_SECONDS = 3_600;

    private PacingRules() {
    }

    /** What may have been spent today by {@code secondOfDay} (0 at midnight UTC). */
    public static long allowanceMilli(long dailyBudget, long secondOfDay) {
        long dailyMilli = dailyBudget * 1000;
        long elapsed = Math.min(DAY_SECONDS, Math.max(0, secondOfDay) + HEAD_START_SECONDS);
        // fits a long: budgets are at most CampaignRules.BUDGET_MAX
        return Math.min(dailyMilli, dailyMilli * elapsed / DAY_SECONDS);
    }

    /** The cost of one impression at a price per 1,000 impressions, in thousandths of a minor unit. */
    public static long impressionCostMilli(long pricePerThousand) {
        return pricePerThousand;
    }
}
