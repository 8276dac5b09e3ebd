package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.EmailVerification;

/** {@code /verify-email?token=}: the link of the verification mail; works signed in or not. */
@Named
@RequestScoped
public class VerifyEmail {

    @Inject
    EmailVerification verification;

    private String token;
    private boolean verified;

    /** The view action: uses the link once. */
    public void verify() {
        verified = verification.verify(token).isPresent();
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
