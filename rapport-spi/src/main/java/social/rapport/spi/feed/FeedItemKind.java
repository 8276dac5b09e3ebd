package social.rapport.spi.feed;

/**
 * The sorts of item a plugin may put in a feed. The admin's feed policy sets, for each kind, how
 * many may appear on one page, how far apart, and from which position; sponsored content is by
 * default at most one in ten and never in the first three positions.
 */
public enum FeedItemKind {
    /** Something about an event (connections going, an event starting soon). */
    EVENT,
    /** A job that may interest the member. */
    JOB,
    /** Paid placement: always labelled "Sponsored" by the core. */
    SPONSORED,
    /** Anything else a plugin shows. */
    OTHER
}
