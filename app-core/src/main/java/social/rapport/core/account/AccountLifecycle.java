package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import social.rapport.core.database.RapportDatabase;

/** What the account deletion needs from accounts: the password check, signing out, the mails. */
@ApplicationScoped
@Transactional
public class AccountLifecycle {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    MemberSessions sessions;

    @Inject
    AccountMails mails;

    public boolean passwordMatches(long memberId, String password) {
        Member member = em.find(Member.class, memberId);
        return member != null && password != null && hasher.verify(password, member.getPasswordHash());
    }

    /** Signs every session of the member out and tells them by mail how to cancel. */
    public void deletionScheduled(long memberId) {
        sessions.endAllBut(memberId, null);
        mails.send(em.find(Member.class, memberId), "deletionScheduled", "/signin");
    }

    public void deletionCancelled(long memberId) {
        mails.send(em.find(Member.class, memberId), "deletionCancelled", "/home");
    }
}
