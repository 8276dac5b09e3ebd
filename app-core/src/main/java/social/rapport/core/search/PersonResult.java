package social.rapport.core.search;

/**
 * One member found, as the viewer may see them: headline and location are null when hidden
 * from the viewer (or empty).
 *
 * @param handle the profile handle, or null while the member has no profile
 */
public record PersonResult(long memberId, String displayName, String handle, String headline, String location) {

    /** Application-relative link to the member: their profile, or the member page of the network feature. */
    public String profileUrl() {
        return handle != null ? "/in/" + handle : "/network/member.xhtml?id=" + memberId;
    }
}
