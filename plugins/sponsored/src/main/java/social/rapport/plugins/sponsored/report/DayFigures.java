package social.rapport.plugins.sponsored.report;

import java.time.LocalDate;

/**
 * One day of a campaign: impressions, reach (distinct members), clicks and spend (minor units).
 * {@code suppressed}: the day's reach is below the minimum audience, so its figures are not shown.
 */
public record DayFigures(LocalDate day, long impressions, long reach, long clicks, long spentMilli, boolean suppressed) implements java.io.Serializable {

    /** Clicks per impression, in percent with one decimal. */
    public double ctr() {
        return impressions == 0 ? 0 : Math.round(clicks * 1000.0 / impressions) / 10.0;
    }

    /** Impressions per member reached, with one decimal. */
    public double frequency() {
        return reach == 0 ? 0 : Math.round(impressions * 10.0 / reach) / 10.0;
    }

    public long spent() {
        return spentMilli / 1000;
    }

    public DayFigures suppressedBelow(int minimum) {
        return reach < minimum ? new DayFigures(day, 0, 0, 0, 0, true) : this;
    }
}
