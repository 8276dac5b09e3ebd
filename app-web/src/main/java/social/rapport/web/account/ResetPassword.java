package social.rapport.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import social.rapport.core.account.PasswordReset;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /reset-password?token=}: the link of the reset mail; choosing a new password signs out every session. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordReset reset;

    private String token;
    private boolean usable;
    private String newPassword;
    private String confirmation;

    public void load() {
        usable = reset.usable(token);
    }

    public String submit() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error("reset:confirmation", "account.password.mismatch");
            return null;
        }
        try {
            reset.reset(token, newPassword);
        } catch (Refusal refusal) {
            if ("token".equals(refusal.field())) {
                usable = false;
                Messages.error(null, refusal.messageKey());
            } else {
                Messages.refused("reset", refusal);
            }
            return null;
        }
        Messages.flash("account.reset.done");
        return "/signin?faces-redirect=true";
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
