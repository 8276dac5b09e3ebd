package social.rapport.web.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.Caller;
import social.rapport.core.profile.ProfileService;

/** {@code #{myProfile.url}}: the signed-in member's own profile, for the header. */
@Named
@RequestScoped
public class MyProfile {

    @Inject
    Caller caller;

    @Inject
    ProfileService profiles;

    private String handle;

    public String getHandle() {
        if (handle == null && caller.signedIn()) {
            handle = profiles.handleOf(caller.memberId()).orElse(null);
        }
        return handle;
    }

    /** Application-relative, e.g. {@code /in/ada-lovelace}. */
    public String getUrl() {
        return getHandle() == null ? "/profile/edit" : "/in/" + getHandle();
    }
}
