package social.rapport.plugins.sponsored.settings;

/**
 * The plugin's settings an admin changes on the plugin's admin page: integer values with bounds.
 * Labels and help texts are in the bundle as {@code sponsored.setting.<key>} and {@code ...help}.
 */
public enum Setting {
    /** Price of 1,000 impressions, in minor units of the instance currency. */
    CPM("cpm", 500, 1, 10_000_000),
    /** Below this many matching members a campaign cannot be submitted, and reports hide breakdowns. */
    MIN_AUDIENCE("min-audience", 100, 1, 1_000_000),
    /** How often one member may see one campaign per day. */
    FREQUENCY_CAP("frequency-cap", 3, 1, 100),
    /** Member reports about one campaign that pause it and send it back to review. */
    REPORT_THRESHOLD("report-threshold", 5, 1, 10_000),
    /** 1: members may turn sponsored content off entirely; 0: they may only hide ads and advertisers. */
    MEMBERS_MAY_OPT_OUT("members-may-opt-out", 1, 0, 1);

    private final String key;
    private final int defaultValue;
    private final int min;
    private final int max;

    Setting(String key, int defaultValue, int min, int max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean allows(long value) {
        return value >= min && value <= max;
    }
}
