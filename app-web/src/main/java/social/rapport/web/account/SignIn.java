package social.rapport.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import social.rapport.core.account.SignInOutcome;
import social.rapport.web.platform.Messages;

/**
 * {@code /signin}: hands the credentials to Jakarta Security and words the outcome. Whether the
 * email has an account is never told; too many attempts from one address are refused earlier
 * by {@link SignInRateFilter}.
 */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    @Inject
    FacesContext faces;

    private String email;
    private String password;

    public String submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id at sign-in, so that an id planted before it is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
            // a new sign-in gets its own session row (SessionCheckFilter opens it on the next request)
            request.getSession().removeAttribute(SessionCheckFilter.KEY);
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete(); // the mechanism redirects to the page the member was going to
                return null;
            case SUCCESS:
                return "/home?faces-redirect=true";
            default:
                if (outcome.failure() == SignInOutcome.Failure.LOCKED) {
                    Messages.error(null, "signin.locked", outcome.pausedMinutes());
                } else {
                    Messages.error(null, "signin.wrong");
                }
                return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
