package social.rapport.plugins.recruiter.job;

/** What a pay range is per. */
public enum PayPeriod { HOUR, MONTH, YEAR }
