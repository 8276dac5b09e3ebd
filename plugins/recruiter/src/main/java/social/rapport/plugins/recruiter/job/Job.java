package social.rapport.plugins.recruiter.job;

import java.time.Instant;

/** A posted job, as read from {@code recruiter_job}, with its organisation's name, slug and logo time ({@code null}: no logo). */
public record Job(long id, long organisationId, String organisationName, String organisationSlug, String title,
                  String location, boolean remote, EmploymentType type, String description, String skills,
                  int payMin, int payMax, String currency, PayPeriod period, boolean open, JobOutcome outcome,
                  Instant createdAt, Instant expiresAt, Instant organisationLogoAt) implements java.io.Serializable {

    public String href() {
        return "/p/recruiter/job.xhtml?id=" + id;
    }

    /** The organisation's logo address, as {@code Organisation.logoHref()}; {@code null} without a logo. */
    public String organisationLogoHref() {
        return organisationLogoAt == null ? null : "/p/recruiter/logo?org=" + organisationId + "&v=" + organisationLogoAt.toEpochMilli();
    }

    /** "45000–60000 EUR / YEAR": the range every listing and message shows. */
    public String payRange() {
        return payMin + "–" + payMax + " " + currency + " / " + period.name().toLowerCase(java.util.Locale.ROOT);
    }
}
