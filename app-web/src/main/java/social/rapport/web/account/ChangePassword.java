package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Caller;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;
import jakarta.servlet.http.HttpServletRequest;

/** {@code /account/password}: change one's own password, knowing the current one; other sessions end. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String submit() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error("password:confirmation", "account.password.mismatch");
            return null;
        }
        try {
            accounts.changePassword(caller.memberId(), currentPassword, newPassword, SessionCheckFilter.key(request));
        } catch (Refusal refusal) {
            Messages.refused("password", refusal);
            return null;
        }
        Messages.flash("account.password.changedOthersEnded");
        return "/account/password?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
