package social.rapport.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.account.MemberAdministration;
import social.rapport.core.account.MemberSummary;
import social.rapport.core.moderation.LiftSuspension;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /admin/members}: search members, grant or revoke admin, lift a suspension. */
@Named
@ViewScoped
public class AdminMembers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberAdministration administration;

    @Inject
    transient LiftSuspension liftSuspension;

    private String query;
    private final List<MemberSummary> members = new ArrayList<>();
    private boolean more;

    public void load() {
        members.clear();
        page(null);
    }

    public void search() {
        load();
    }

    public void showMore() {
        page(members.isEmpty() ? null : members.get(members.size() - 1).id());
    }

    private void page(Long before) {
        List<MemberSummary> page = administration.search(query, before);
        members.addAll(page);
        more = page.size() == MemberAdministration.PAGE_SIZE;
    }

    public void grant(long memberId) {
        change(memberId, true);
    }

    public void revoke(long memberId) {
        change(memberId, false);
    }

    public void liftSuspension(long memberId) {
        try {
            liftSuspension.lift(memberId);
            Messages.info("admin.members.unsuspended");
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
        }
        load();
    }

    private void change(long memberId, boolean admin) {
        try {
            administration.setAdmin(memberId, admin);
            Messages.info(admin ? "admin.members.granted" : "admin.members.revoked");
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
        }
        load();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<MemberSummary> getMembers() {
        return members;
    }

    public boolean isMore() {
        return more;
    }
}
