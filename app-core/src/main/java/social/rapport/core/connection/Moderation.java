package social.rapport.core.connection;

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
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;

/**
 * The admin queue of member reports (dismiss, warn, suspend; each recorded with who and when),
 * and the warnings a member sees until they acknowledge them.
 */
@ApplicationScoped
@Transactional
public class Moderation {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_WARNING = 1000;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    AdminStatus adminStatus;

    @Inject
    Caller caller;

    @Inject
    MemberSuspension suspension;

    /** Open reports, oldest first, one page after the report {@code afterId} (null: first page). Admins only. */
    public List<ReportRow> openReports(ReportRow after) {
        caller.requireAdmin();
        String sql = "select r.id, r.reason, r.text, r.created_at, " + Rows.PERSON_FOR_ADMIN + ", "
                + "t.id, t.display_name, tp.handle, tp.headline from member_report r "
                + "join member m on m.id = r.reporter_id left join profile p on p.member_id = m.id "
                + "join member t on t.id = r.reported_id left join profile tp on tp.member_id = t.id "
                + "where r.status = 'OPEN'"
                + (after == null ? "" : " and (r.created_at, r.id) > (cast(?1 as timestamptz), ?2)")
                + " order by r.created_at, r.id";
        var query = em.createNativeQuery(sql).setMaxResults(PAGE_SIZE);
        if (after != null) {
            query.setParameter(1, after.createdAt().toString()).setParameter(2, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ReportRow(Rows.id(r[0]), Rows.person(r, 4), Rows.person(r, 8),
                ReportReason.parse((String) r[1]).orElse(ReportReason.OTHER), (String) r[2], Rows.time(r[3]))).toList();
    }

    public void dismiss(long reportId) {
        handle(reportId, "DISMISSED", "DISMISS", null);
    }

    /** Sends the reported member a warning, shown on their home page until acknowledged. */
    public void warn(long reportId, String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw new Refusal("message", "network.admin.warningRequired");
        }
        if (text.length() > MAX_WARNING) {
            throw new Refusal("message", "network.admin.warningTooLong");
        }
        long reported = handle(reportId, "WARNED", "WARN", text);
        em.createNativeQuery("insert into member_warning (member_id, report_id, message) values (?1, ?2, ?3)")
                .setParameter(1, reported).setParameter(2, reportId).setParameter(3, text).executeUpdate();
    }

    /** Suspends the reported member: they cannot sign in and disappear from everyone's lists. */
    public void suspend(long reportId) {
        long reported = handle(reportId, "SUSPENDED", "SUSPEND", null);
        refuseAdmin(reported);
        suspension.suspend(reported);
    }

    /** The caller's unacknowledged warnings, newest first. */
    public List<Warning> myWarnings() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, message, created_at from member_warning "
                        + "where member_id = ?1 and acknowledged_at is null order by created_at desc")
                .setParameter(1, caller.memberId()).setMaxResults(20).getResultList();
        return rows.stream().map(r -> new Warning(Rows.id(r[0]), (String) r[1], Rows.time(r[2]))).toList();
    }

    /** The caller acknowledges one of their own warnings. */
    public void acknowledge(long warningId) {
        int changed = em.createNativeQuery("update member_warning set acknowledged_at = now() "
                        + "where id = ?1 and member_id = ?2 and acknowledged_at is null")
                .setParameter(1, warningId).setParameter(2, caller.memberId()).executeUpdate();
        if (changed == 0) {
            throw new AccessDenied("not your warning");
        }
    }

    /**
     * Closes an open report as {@code status}, recording the admin and the time, and logs the
     * action in moderation_action (the queue's history, shared with content reports); returns the
     * reported member.
     */
    private long handle(long reportId, String status, String action, String note) {
        Member admin = caller.requireAdmin();
        List<?> reported = em.createNativeQuery("update member_report set status = ?2, handled_by = ?3, handled_at = now() "
                        + "where id = ?1 and status = 'OPEN' returning reported_id")
                .setParameter(1, reportId).setParameter(2, status).setParameter(3, admin.getId()).getResultList();
        if (reported.isEmpty()) {
            throw new Refusal("report", "network.admin.alreadyHandled");
        }
        long member = Rows.id(reported.get(0));
        em.createNativeQuery("insert into moderation_action (admin_id, action, member_report_id, subject_id, note) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, admin.getId()).setParameter(2, action).setParameter(3, reportId).setParameter(4, member)
                .setParameter(5, note).executeUpdate();
        return member;
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
