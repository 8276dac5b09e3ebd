package social.rapport.plugins.recruiter.job;

import java.time.Instant;

/** A posted job, as read from {@code recruiter_job}. */
public record Job(long id, long organisationId, String organisationName, String organisationSlug, String title,
                  String location, boolean remote, EmploymentType type, String description, String skills,
                  int payMin, int payMax, String currency, PayPeriod period, boolean open, JobOutcome outcome,
                  Instant createdAt, Instant expiresAt) implements java.io.Serializable {

    public String href() {
        return "/p/recruiter/job.xhtml?id=" + id;
    }

    /** "45000–60000 EUR / YEAR": the range every listing and message shows. */
    public String payRange() {
        return payMin + "–" + payMax + " " + currency + " / " + period.name().toLowerCase(java.util.Locale.ROOT);
    }
}
