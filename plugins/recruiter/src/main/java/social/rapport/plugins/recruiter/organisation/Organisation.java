package social.rapport.plugins.recruiter.organisation;

/** An organisation as read from {@code recruiter_organisation}; status PENDING, APPROVED or DECLINED. */
public record Organisation(long id, String slug, String name, String website, String description, String status, long createdBy) implements java.io.Serializable {

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
}
