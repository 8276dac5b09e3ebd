package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import social.rapport.core.account.MemberSessions;
import social.rapport.core.account.MemberSessions.ActiveSession;
import social.rapport.web.platform.Messages;

/** {@code /account/sessions}: where the member is signed in; sign out one session or all others. */
@Named
@RequestScoped
public class Sessions {

    @Inject
    MemberSessions sessions;

    @Inject
    HttpServletRequest request;

    private List<ActiveSession> list;

    public List<ActiveSession> getList() {
        if (list == null) {
            list = sessions.mine();
        }
        return list;
    }

    public long getCurrentId() {
        return sessions.idOf(SessionCheckFilter.key(request));
    }

    public String end(long sessionId) {
        sessions.end(sessionId);
        Messages.flash("account.sessions.ended");
        return "/account/sessions?faces-redirect=true";
    }

    public String endOthers() {
        int ended = sessions.endOthers(SessionCheckFilter.key(request));
        Messages.flash("account.sessions.endedOthers", ended);
        return "/account/sessions?faces-redirect=true";
    }
}
