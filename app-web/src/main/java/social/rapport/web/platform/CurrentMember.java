package social.rapport.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.Caller;
import social.rapport.core.account.Member;

/** The signed-in member as pages see them: {@code #{me.signedIn}}, {@code #{me.displayName}}, {@code #{me.admin}}. */
@Named("me")
@RequestScoped
public class CurrentMember {

    @Inject
    Caller caller;

    public boolean isSignedIn() {
        return caller.signedIn();
    }

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    public String getDisplayName() {
        return caller.member().map(Member::getDisplayName).orElse("");
    }

    public String getEmail() {
        return caller.member().map(Member::getEmail).orElse("");
    }
}
