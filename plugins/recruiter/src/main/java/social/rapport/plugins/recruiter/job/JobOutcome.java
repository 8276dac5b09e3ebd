package social.rapport.plugins.recruiter.job;

/** How a job ended: filled or cancelled by a recruiter, or expired after the configured days. */
public enum JobOutcome { FILLED, CANCELLED, EXPIRED }
