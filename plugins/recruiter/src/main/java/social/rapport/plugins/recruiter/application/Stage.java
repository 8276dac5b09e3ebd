package social.rapport.plugins.recruiter.application;

/** Where an application stands. HIRED, CLOSED and WITHDRAWN are final; every stage but APPLIED is an answer. */
public enum Stage {
    APPLIED, CONTACTED, REPLIED, SCREENING, INTERVIEWING, OFFER, HIRED, CLOSED, WITHDRAWN;

    public boolean isFinal() {
        return this == HIRED || this == CLOSED || this == WITHDRAWN;
    }
}
