package social.rapport.spi.platform;

import java.util.Objects;

/**
 * A member as plugins may know them: enough to show a name and link to the profile.
 *
 * @param photoUrl application-relative URL of the small photo the viewer may see, or null
 */
public record MemberRef(long id, String handle, String displayName, String headline, String photoUrl) {

    public MemberRef {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** Application-relative link to the member's profile page. */
    public String profileUrl() {
        return "/in/" + handle;
    }
}
