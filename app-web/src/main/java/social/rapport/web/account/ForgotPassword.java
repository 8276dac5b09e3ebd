package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import social.rapport.core.account.PasswordReset;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /forgot-password}: asks for a reset link; the answer is the same whether the address has an account or not. */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    PasswordReset reset;

    @Inject
    HttpServletRequest request;

    private String email;

    public String submit() {
        try {
            reset.request(email, request.getRemoteAddr());
        } catch (Refusal refusal) {
            Messages.refused("forgot", refusal);
            return null;
        }
        Messages.flash("account.reset.sent");
        return "/signin?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
