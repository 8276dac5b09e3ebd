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
import social.rapport.core.moderation.SuspendMember;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /admin/members}: search members, grant or revoke admin, lift a suspension, and suspend a
 * member deliberately: "Suspend…" opens a confirmation in the member's row (a reason, and for an
 * admin their email typed in full), and only its confirm button acts ({@link SuspendMember}).
 */
@Named
@ViewScoped
public class AdminMembers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberAdministration administration;

    @Inject
    transient LiftSuspension liftSuspension;

    @Inject
    transient SuspendMember suspendMember;

    /** The member whose suspension waits for confirmation on this page, or null. */
    private Long suspending;
    private boolean suspendingAdmin;
    private String reason;
    private String typedEmail;

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

    /** Opens the confirmation in the member's row; nothing is suspended yet. */
    public void suspend(long memberId) {
        suspending = memberId;
        suspendingAdmin = suspendMember.needsTypedEmail(memberId);
        reason = null;
        typedEmail = null;
    }

    public void confirmSuspend() {
        if (suspending == null) {
            return;
        }
        try {
            suspendMember.suspend(suspending, reason, typedEmail);
            Messages.info("admin.members.suspendedDone");
            cancelSuspend();
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
        }
        load();
    }

    public void cancelSuspend() {
        suspending = null;
        reason = null;
        typedEmail = null;
    }

    public boolean suspending(long memberId) {
        return suspending != null && suspending == memberId;
    }

    public boolean isSuspendingAdmin() {
        return suspendingAdmin;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTypedEmail() {
        return typedEmail;
    }

    public void setTypedEmail(String typedEmail) {
        this.typedEmail = typedEmail;
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
