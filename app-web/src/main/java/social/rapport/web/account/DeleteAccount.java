package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import social.rapport.core.memberdata.AccountDeletion;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /account/data}: "delete my account", confirmed with the password; signs out at once. */
@Named
@RequestScoped
public class DeleteAccount {

    @Inject
    AccountDeletion deletion;

    @Inject
    FacesContext faces;

    private String password;

    public String submit() throws ServletException {
        try {
            deletion.request(password);
        } catch (Refusal refusal) {
            Messages.refused("delete", refusal);
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/signin?faces-redirect=true&deletion=scheduled";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
