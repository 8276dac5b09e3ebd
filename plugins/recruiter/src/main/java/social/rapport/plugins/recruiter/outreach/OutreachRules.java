package social.rapport.plugins.recruiter.outreach;

import social.rapport.spi.error.Refusal;

/**
 * The outreach rules, after LinkedIn InMail's: credits per rolling week that come back when the loop
 * closes, and under 13% answered over the latest 100 outreach of 14 days (once there are at least
 * {@link #MIN_SAMPLE}) the recruiter may have only one pending outreach at a time, until the rate recovers.
 */
public final class OutreachRules {

    public static final int CREDIT_DAYS = 7;
    public static final int WINDOW_DAYS = 14;
    public static final int WINDOW_MESSAGES = 100;
    /** Below this many outreach in the window the rate says nothing yet (one unanswered message is not 0%). */
    public static final int MIN_SAMPLE = 10;
    public static final int MIN_PERCENT = 13;
    /** The warning band: counting the next message as unanswered, fewer than this share answered. */
    public static final int WARN_PERCENT = 20;
    public static final int TEXT_MAX = 2000;
    public static final int NOTE_MAX = 500;

    private OutreachRules() {
    }

    public static Standing standing(int weekly, int openThisWeek, int windowSent, int windowAnswered, int pending) {
        boolean limited = windowSent >= MIN_SAMPLE && windowAnswered * 100 < MIN_PERCENT * windowSent;
        return new Standing(weekly, Math.max(0, weekly - openThisWeek), windowSent, windowAnswered, pending, limited);
    }

    /**
     * The warning before the limit, after LinkedIn's (a warning first, then one at a time): not limited
     * yet, but counting the next message as unanswered the window would hold at least {@link #MIN_SAMPLE}
     * messages of which fewer than {@link #WARN_PERCENT}% were answered. So a recruiter one unanswered
     * message away from the limit is always warned first.
     */
    public static boolean warned(int windowSent, int windowAnswered, boolean limited) {
        int next = Math.min(windowSent + 1, WINDOW_MESSAGES);
        return !limited && next >= MIN_SAMPLE && windowAnswered * 100 < WARN_PERCENT * next;
    }

    /** The recruiter's own words, required. */
    public static String text(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new Refusal("text", "recruiter.outreach.error.text");
        }
        if (t.length() > TEXT_MAX) {
            throw new Refusal("text", "recruiter.outreach.error.textLong");
        }
        return t;
    }

    /** An optional reason or final answer: blank is none. */
    public static String note(String note, boolean required) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            if (required) {
                throw new Refusal("note", "recruiter.outreach.error.final");
            }
            return null;
        }
        if (n.length() > NOTE_MAX) {
            throw new Refusal("note", "recruiter.outreach.error.noteLong");
        }
        return n;
    }
}
