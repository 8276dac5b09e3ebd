package social.rapport.core.moderation;

import social.rapport.core.account.MemberSuspension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import social.rapport.core.account.AdminEmails;
import social.rapport.core.account.Caller;
import social.rapport.core.account.EmailAddress;
import social.rapport.core.account.Member;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;

/**
 * An admin suspends a member from the admin area, not from a report: the deliberate way, and the
 * only way to suspend another admin (the report queue refuses that). A reason is required and
 * recorded (SUSPEND in the moderation history, with the reason as its note). Suspending an admin
 * also asks for their email address typed in full, so that it is never one click. Nobody
 * suspends themselves, so the last admin cannot lock the area by mistake.
 */
@ApplicationScoped
@Transactional
public class SuspendMember {

    static final int MAX_REASON = 1000;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberSuspension suspension;

    @Inject
    AdminEmails adminEmails;

    /** Whether suspending this member needs their email typed (they are an admin). */
    public boolean needsTypedEmail(long memberId) {
        Member member = em.find(Member.class, memberId);
        return member != null && adminEmails.isAdmin(member);
    }

    public void suspend(long memberId, String reason, String typedEmail) {
        Member admin = caller.requireAdmin();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refusal("reason", "admin.members.suspend.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new Refusal("reason", "admin.members.suspend.reasonTooLong");
        }
        if (admin.getId() == memberId) {
            throw new Refusal("member", "admin.members.suspend.self");
        }
        Member member = em.find(Member.class, memberId);
        if (member == null || member.isSuspended()) {
            throw new Refusal("member", "admin.members.suspend.notPossible");
        }
        if (adminEmails.isAdmin(member) && !member.getEmail().equals(EmailAddress.normalise(typedEmail))) {
            throw new Refusal("confirmation", "admin.members.suspend.confirmEmail");
        }
        suspension.suspend(memberId);
        em.createNativeQuery("insert into moderation_action (admin_id, action, subject_id, note) values (?1, 'SUSPEND', ?2, ?3)")
                .setParameter(1, admin.getId()).setParameter(2, memberId).setParameter(3, why).executeUpdate();
    }
}
