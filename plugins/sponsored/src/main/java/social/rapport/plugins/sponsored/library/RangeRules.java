package social.rapport.plugins.sponsored.library;

/**
 * Impressions and reach in the public library are shown as ranges, never exact figures:
 * 0, 1–999, 1,000–9,999, 10,000–99,999, ... (each range ten times the previous).
 */
public final class RangeRules {

    private RangeRules() {
    }

    /** "0", "1–999", "1,000–9,999", ... */
    public static String range(long value) {
        if (value <= 0) {
            return "0";
        }
        if (value < 1000) {
            return "1\u2013999";
        }
        long low = 1000;
        while (value >= low * 10) {
            low *= 10;
        }
        return String.format(java.util.Locale.ROOT, "%,d\u2013%,d", low, low * 10 - 1);
    }
}
