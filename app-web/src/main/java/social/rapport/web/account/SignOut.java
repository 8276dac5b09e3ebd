package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import social.rapport.core.account.MemberSessions;

/** The header's sign-out button: ends the authentication and the session. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    FacesContext faces;

    @Inject
    MemberSessions sessions;

    public String submit() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String key = SessionCheckFilter.key(request);
        if (key != null) {
            sessions.endByKey(key);
        }
        request.logout();
        external.invalidateSession();
        return "/index?faces-redirect=true";
    }
}
