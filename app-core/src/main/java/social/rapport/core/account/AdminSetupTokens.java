package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import social.rapport.core.database.RapportDatabase;

/** The SQL of the first-start admin setup link. Callers bring the transaction and the time. */
@ApplicationScoped
class AdminSetupTokens {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** Whether any member is an admin in the application (granted, or by an earlier setup link). */
    boolean anyGrantedAdmin() {
        return !em.createNativeQuery("select 1 from member where admin limit 1").getResultList().isEmpty();
    }

    /** Verified members' addresses, to check against the operator's list. */
    @SuppressWarnings("unchecked")
    List<String> verifiedEmails() {
        return em.createNativeQuery("select email from member where email_verified_at is not null").getResultList();
    }

    /** Replaces every unused link with a new one. */
    void replace(String tokenHash, OffsetDateTime now, OffsetDateTime expires) {
        em.createNativeQuery("delete from admin_setup_token where used_at is null").executeUpdate();
        em.createNativeQuery("insert into admin_setup_token (token_hash, created_at, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, tokenHash).setParameter(2, now).setParameter(3, expires).executeUpdate();
    }

    boolean valid(String tokenHash, OffsetDateTime now) {
        return !em.createNativeQuery("select 1 from admin_setup_token where token_hash = ?1 and used_at is null and expires_at > ?2")
                .setParameter(1, tokenHash).setParameter(2, now).getResultList().isEmpty();
    }

    /** Marks the link used by the member; false when it was not valid (used, expired, unknown). */
    boolean consume(String tokenHash, long memberId, OffsetDateTime now) {
        return em.createNativeQuery("update admin_setup_token set used_at = ?2, used_by = ?3 "
                        + "where token_hash = ?1 and used_at is null and expires_at > ?2")
                .setParameter(1, tokenHash).setParameter(2, now).setParameter(3, memberId).executeUpdate() == 1;
    }
}
