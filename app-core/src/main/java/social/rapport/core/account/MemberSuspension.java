package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import social.rapport.core.database.RapportDatabase;

/**
 * What suspending a member does, wherever an admin decides it (the members page, a member's
 * report, a content report: each checks its own rules and records its own history line): the
 * member is marked suspended and every open session of theirs ends, so each instance signs them
 * out at their next request.
 */
@ApplicationScoped
@Transactional
public class MemberSuspension {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberSessions sessions;

    /** Suspends the member (admins only); a member already suspended stays so. */
    public void suspend(long memberId) {
        caller.requireAdmin();
        em.createNativeQuery("update member set suspended = true where id = ?1 and not suspended").setParameter(1, memberId).executeUpdate();
        sessions.endAllOfSuspended(memberId);
    }
}
