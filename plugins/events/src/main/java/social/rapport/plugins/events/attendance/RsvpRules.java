package social.rapport.plugins.events.attendance;

/** The capacity and waitlist rules, without the database (unit-tested). */
public final class RsvpRules {

    private RsvpRules() {
    }

    /**
     * What an answer becomes. Only GOING takes a seat: it is granted while seats are free (a
     * member already going keeps theirs), otherwise the member joins the waitlist, or stays where
     * they are on it.
     *
     * @param capacity  seats, or null for no limit
     * @param going     members going now (the asking member included if they are)
     * @param current   the member's current answer, or null
     * @param requested what the member asks for; WAITLISTED cannot be asked for
     */
    public static RsvpStatus outcome(Integer capacity, int going, RsvpStatus current, RsvpStatus requested) {
        if (requested == null || requested == RsvpStatus.WAITLISTED) {
            throw new IllegalArgumentException("answer GOING, MAYBE or NOT_GOING");
        }
        if (requested != RsvpStatus.GOING) {
            return requested;
        }
        if (current == RsvpStatus.GOING) {
            return RsvpStatus.GOING;
        }
        return capacity == null || going < capacity ? RsvpStatus.GOING : RsvpStatus.WAITLISTED;
    }

    /** Whether the change frees a seat (someone going stops going). */
    public static boolean freesSeat(RsvpStatus current, RsvpStatus outcome) {
        return current == RsvpStatus.GOING && outcome != RsvpStatus.GOING;
    }

    /** How many waitlisted members move up: as many as there are free seats, in the order they joined. */
    public static int promotions(Integer capacity, int going, int waiting) {
        if (capacity == null) {
            return waiting;
        }
        return Math.max(0, Math.min(waiting, capacity - going));
    }
}
