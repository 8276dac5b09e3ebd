package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.AdminSetup;
import social.rapport.core.account.Caller;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /admin/setup?token=}: the first-start link that makes the signed-in, verified member an admin. */
@Named
@RequestScoped
public class AdminSetupPage {

    @Inject
    AdminSetup setup;

    @Inject
    Caller caller;

    private String token;
    private boolean done;

    public boolean isValid() {
        return setup.valid(token);
    }

    public boolean isVerified() {
        return caller.verified();
    }

    public boolean isDone() {
        return done;
    }

    public String claim() {
        try {
            setup.claim(token);
            done = true;
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
        }
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
