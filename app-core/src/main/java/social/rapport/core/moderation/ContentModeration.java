package social.rapport.core.moderation;

import social.rapport.core.account.MemberSuspension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import social.rapport.core.account.AdminStatus;
import social.rapport.core.account.Caller;
import social.rapport.core.account.Member;
import social.rapport.core.connection.Moderation;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.notification.CoreNotificationTypes;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;

/**
 * What admins do with a report about a post or comment: dismiss it, remove the content (its
 * author is told by a {@code content.removed} notification; the other open reports on it close
 * with it), warn the author, or suspend the author. Each action closes the report with who and
 * when, and is written to {@code moderation_action}, in one transaction.
 */
@ApplicationScoped
@Transactional
public class ContentModeration {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    AdminStatus adminStatus;

    @Inject
    Caller caller;

    @Inject
    MemberSuspension suspension;

    @Inject
    Notifier notifier;

    public void dismiss(long reportId) {
        Handled report = handle(reportId, "DISMISSED");
        log(report, "DISMISS", null);
    }

    /** Hides the post or comment everywhere (removed_at, removed_by) and tells its author. */
    public void remove(long reportId) {
        Handled report = handle(reportId, "REMOVED");
        String table = report.commentId == null ? "post" : "post_comment";
        long itemId = report.commentId == null ? report.postId : report.commentId;
        List<?> body = em.createNativeQuery("update " + table + " set removed_at = now(), removed_by = ?2 "
                        + "where id = ?1 and removed_at is null returning body")
                .setParameter(1, itemId).setParameter(2, report.admin).getResultList();
        String column = report.commentId == null ? "post_id" : "comment_id";
        em.createNativeQuery("update content_report set status = 'REMOVED', handled_by = ?2, handled_at = now() "
                        + "where " + column + " = ?1 and status = 'OPEN'")
                .setParameter(1, itemId).setParameter(2, report.admin).executeUpdate();
        log(report, "REMOVE", null);
        if (!body.isEmpty()) {
            String what = report.commentId == null ? "post" : "comment";
            notifier.send(new Notice(report.author, CoreNotificationTypes.CONTENT_REMOVED, null,
                    "A moderator removed your " + what + " for breaking the community rules: “"
                            + ReportedContent.snippet((String) body.get(0)) + "”", null, null));
        }
    }

    /** Sends the author a warning, shown on their home page until acknowledged. */
    public void warn(long reportId, String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw new Refusal("message", "network.admin.warningRequired");
        }
        if (text.length() > Moderation.MAX_WARNING) {
            throw new Refusal("message", "network.admin.warningTooLong");
        }
        Handled report = handle(reportId, "WARNED");
        em.createNativeQuery("insert into member_warning (member_id, message) values (?1, ?2)")
                .setParameter(1, report.author).setParameter(2, text).executeUpdate();
        log(report, "WARN", text);
    }

    /** Suspends the author: they cannot sign in and their content disappears. */
    public void suspend(long reportId) {
        Handled report = handle(reportId, "SUSPENDED");
        refuseAdmin(report.author);
        suspension.suspend(report.author);
        log(report, "SUSPEND", null);
    }

    private record Handled(long id, long admin, long author, Long postId, Long commentId) {
    }

    /** Closes an open content report as {@code status}; a report already handled is refused. */
    private Handled handle(long reportId, String status) {
        Member admin = caller.requireAdmin();
        List<?> rows = em.createNativeQuery("update content_report c set status = ?2, handled_by = ?3, handled_at = now() "
                        + "where c.id = ?1 and c.status = 'OPEN' returning c.author_id, "
                        + "coalesce(c.post_id, (select pc.post_id from post_comment pc where pc.id = c.comment_id)), c.comment_id")
                .setParameter(1, reportId).setParameter(2, status).setParameter(3, admin.getId()).getResultList();
        if (rows.isEmpty()) {
            throw new Refusal("report", "network.admin.alreadyHandled");
        }
        Object[] r = (Object[]) rows.get(0);
        return new Handled(reportId, admin.getId(), ContentReports.id(r[0]), ContentReports.id(r[1]),
                r[2] == null ? null : ContentReports.id(r[2]));
    }

    private void log(Handled report, String action, String note) {
        em.createNativeQuery("insert into moderation_action (admin_id, action, content_report_id, subject_id, post_id, comment_id, note) "
                        + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint), ?7)")
                .setParameter(1, report.admin).setParameter(2, action).setParameter(3, report.id).setParameter(4, report.author)
                .setParameter(5, report.postId).setParameter(6, report.commentId).setParameter(7, note).executeUpdate();
    }

    /**
     * An admin is not suspended from the report queue (a report is one member's word; suspending
     * an admin is a separate, deliberate decision). Thrown after the report was closed, so the
     * transaction rolls back and the report stays open.
     */
    private void refuseAdmin(long memberId) {
        if (adminStatus.isAdmin(memberId)) {
            throw new Refusal("report", "moderation.suspend.admin");
        }
    }
}
