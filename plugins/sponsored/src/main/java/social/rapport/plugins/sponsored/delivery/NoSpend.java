package social.rapport.plugins.sponsored.delivery;

/** The impression could not be paid for (budget, pacing or frequency): its transaction rolls back and the ad is not shown. */
public class NoSpend extends Exception {

    private static final long serialVersionUID = 1L;

    NoSpend(String why) {
        super(why, null, false, false);
    }
}
