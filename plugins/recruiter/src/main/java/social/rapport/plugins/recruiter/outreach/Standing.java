package social.rapport.plugins.recruiter.outreach;

import java.io.Serializable;

/**
 * A recruiter's outreach standing now.
 *
 * @param weekly        the weekly credits (plugin setting {@code outreach-credits})
 * @param creditsLeft   weekly credits minus the loops still open among those sent in the last 7 days
 * @param windowSent    outreach sent in the last 14 days, at most the latest 100
 * @param windowAnswered of those, the ones the candidate answered
 * @param pending       open loops, whenever sent
 * @param limited       under 13% answered (over at least {@link OutreachRules#MIN_SAMPLE}): one pending at a time
 */
public record Standing(int weekly, int creditsLeft, int windowSent, int windowAnswered, int pending, boolean limited)
        implements Serializable {

    /** The answer rate in whole percent, or -1 when nothing was sent in the window. */
    public int answeredPercent() {
        return windowSent == 0 ? -1 : (int) Math.round(100.0 * windowAnswered / windowSent);
    }

    /** Near the limit, not in it: the pages warn, saying the rate and what happens below 13% ({@link OutreachRules#warned}). */
    public boolean warned() {
        return OutreachRules.warned(windowSent, windowAnswered, limited);
    }

    /** Whether one more outreach may go now. */
    public boolean maySend() {
        return creditsLeft > 0 && !(limited && pending >= 1);
    }
}
