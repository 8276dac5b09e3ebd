package social.rapport.plugins.recruiter.outreach;

/** How an outreach loop closed. */
public enum Answer {
    /** The candidate wrote back (or ended politely, or declined the request) in the core's conversation. */
    REPLIED,
    /** The candidate said "not interested" on their outreach page, with an optional reason. */
    NOT_INTERESTED,
    /** The recruiter sent a final answer (the candidate reads it on their outreach page). */
    FINAL;

    /** Whether the candidate answered: what the 13% rule counts. */
    public boolean byCandidate() {
        return this != FINAL;
    }
}
