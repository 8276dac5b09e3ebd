package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import social.rapport.core.database.RapportDatabase;

/** Whether a member is an admin: granted in the admin area, or named in {@code rapport.admin.emails} and verified. */
@ApplicationScoped
public class AdminStatus {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    AdminEmails adminEmails;

    public boolean isAdmin(long memberId) {
        Member member = em.find(Member.class, memberId);
        return member != null && adminEmails.isAdmin(member);
    }
}
