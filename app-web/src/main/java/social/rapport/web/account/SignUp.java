package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.AccountService;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /signup}: create an account, then sign in. */
@Named
@RequestScoped
public class SignUp {

    @Inject
    AccountService accounts;

    private String email;
    private String displayName;
    private String password;

    public String submit() {
        try {
            accounts.signUp(email, displayName, password);
        } catch (Refusal refusal) {
            Messages.refused("signup", refusal);
            return null;
        }
        Messages.flash("signup.done");
        return "/signin?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
