package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.EmailChange;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** The "change email" form of {@code /account/password}: a link goes to the new address. */
@Named
@RequestScoped
public class ChangeEmail {

    @Inject
    EmailChange change;

    private String newEmail;
    private String currentPassword;

    public String submit() {
        try {
            change.request(newEmail, currentPassword);
        } catch (Refusal refusal) {
            Messages.refused("email", refusal);
            return null;
        }
        Messages.flash("account.email.linkSent", newEmail.strip());
        return "/account/password?faces-redirect=true";
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
