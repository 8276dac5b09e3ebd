package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.EmailChange;

/** {@code /confirm-email?token=}: the link sent to a new address; works signed in or not. */
@Named
@RequestScoped
public class ConfirmEmail {

    @Inject
    EmailChange change;

    private String token;
    private boolean confirmed;

    public void confirm() {
        confirmed = change.confirm(token).isPresent();
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
