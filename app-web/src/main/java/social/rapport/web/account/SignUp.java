package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.AccountService;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.LocaleSelection;
import social.rapport.web.platform.Messages;

/**
 * {@code /signup}: create an account, then sign in. Whether the address already had an account
 * is never told: both answer "check your email" (see {@link AccountService#signUp}).
 */
@Named
@RequestScoped
public class SignUp {

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection locale;

    private String email;
    private String displayName;
    private String password;

    public String submit() {
        try {
            accounts.signUp(email, displayName, password, locale.getLanguage());
        } catch (Refusal refusal) {
            Messages.refused("signup", refusal);
            return null;
        }
        Messages.flash("signup.checkEmail");
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
