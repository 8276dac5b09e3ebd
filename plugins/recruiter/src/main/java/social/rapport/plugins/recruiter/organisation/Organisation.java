package social.rapport.plugins.recruiter.organisation;

import java.time.Instant;

/**
 * An organisation as read from {@code recruiter_organisation}; status PENDING, APPROVED or DECLINED;
 * {@code logoAt} when its logo was stored ({@code null}: none).
 */
public record Organisation(long id, String slug, String name, String website, String description, String status, long createdBy,
        Instant logoAt) implements java.io.Serializable {

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    /** The id as text, for select items bound to strings. */
    public String key() {
        return String.valueOf(id);
    }

    public String href() {
        return "/p/recruiter/org/" + slug;
    }

    public boolean hasLogo() {
        return logoAt != null;
    }

    /** The logo's address (versioned, so a new logo is not hidden by a cache); {@code null} without a logo. */
    public String logoHref() {
        return logoAt == null ? null : "/p/recruiter/logo?org=" + id + "&v=" + logoAt.toEpochMilli();
    }
}
