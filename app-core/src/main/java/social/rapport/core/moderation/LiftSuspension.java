package social.rapport.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import social.rapport.core.account.Caller;
import social.rapport.core.account.Member;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;

/**
 * An admin lifts a member's suspension: the member can sign in again and reappears in lists.
 * Recorded in {@code moderation_action} (UNSUSPEND, shown in the report queue's history), and
 * the member is told by a notice on their home page, like a warning, in one transaction.
 */
@ApplicationScoped
@Transactional
public class LiftSuspension {

    static final String NOTICE = "An administrator has lifted your suspension. Welcome back.";

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    public void lift(long memberId) {
        Member admin = caller.requireAdmin();
        int lifted = em.createNativeQuery("update member set suspended = false where id = ?1 and suspended")
                .setParameter(1, memberId).executeUpdate();
        if (lifted == 0) {
            throw new Refusal("member", "admin.members.notSuspended");
        }
        em.createNativeQuery("insert into moderation_action (admin_id, action, subject_id) values (?1, 'UNSUSPEND', ?2)")
                .setParameter(1, admin.getId()).setParameter(2, memberId).executeUpdate();
        em.createNativeQuery("insert into member_warning (member_id, message) values (?1, ?2)")
                .setParameter(1, memberId).setParameter(2, NOTICE).executeUpdate();
    }
}
