package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/** The SQL of single-use account links (only their hash is stored). Callers bring the transaction. */
@ApplicationScoped
public class AccountTokens {

    public enum Purpose { VERIFY, RESET, EMAIL }

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    /** A new token for the member; returns the raw token, the only copy of which goes into the mail. */
    String issue(long memberId, Purpose purpose, Duration lifetime) {
        String token = Secrets.newToken();
        OffsetDateTime now = now();
        em.createNativeQuery("insert into account_token (member_id, purpose, token_hash, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, memberId).setParameter(2, purpose.name()).setParameter(3, Secrets.hash(token))
                .setParameter(4, now).setParameter(5, now.plus(lifetime))
                .executeUpdate();
        return token;
    }

    /** A token to confirm {@code newEmail} as the member's address; returns the raw token. */
    String issueForEmail(long memberId, String newEmail, Duration lifetime) {
        String token = issue(memberId, Purpose.EMAIL, lifetime);
        em.createNativeQuery("update account_token set new_email = ?1 where token_hash = ?2")
                .setParameter(1, newEmail).setParameter(2, Secrets.hash(token)).executeUpdate();
        return token;
    }

    /** Uses an email-change token; returns the member and the new address. */
    Optional<Object[]> consumeEmail(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("update account_token set used_at = ?1 where token_hash = ?2 and purpose = 'EMAIL' "
                        + "and used_at is null and expires_at > ?1 returning member_id, new_email")
                .setParameter(1, now()).setParameter(2, Secrets.hash(token.strip()))
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    /** Uses the token if it is valid (right purpose, unused, unexpired); returns its member. */
    Optional<Long> consume(Purpose purpose, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("update account_token set used_at = ?1 where token_hash = ?2 and purpose = ?3 "
                        + "and used_at is null and expires_at > ?1 returning member_id")
                .setParameter(1, now()).setParameter(2, Secrets.hash(token.strip())).setParameter(3, purpose.name())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** Whether the token would be accepted now, without using it (to show the form it opens). */
    boolean valid(Purpose purpose, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return !em.createNativeQuery("select 1 from account_token where token_hash = ?1 and purpose = ?2 and used_at is null and expires_at > ?3")
                .setParameter(1, Secrets.hash(token.strip())).setParameter(2, purpose.name()).setParameter(3, now())
                .getResultList().isEmpty();
    }

    long issuedSince(long memberId, Purpose purpose, Duration window) {
        return ((Number) em.createNativeQuery("select count(*) from account_token where member_id = ?1 and purpose = ?2 and created_at > ?3")
                .setParameter(1, memberId).setParameter(2, purpose.name()).setParameter(3, now().minus(window))
                .getSingleResult()).longValue();
    }

    /** Ends the member's other open links of this purpose (one was just used). */
    void spendAll(long memberId, Purpose purpose) {
        em.createNativeQuery("update account_token set used_at = ?3 where member_id = ?1 and purpose = ?2 and used_at is null")
                .setParameter(1, memberId).setParameter(2, purpose.name()).setParameter(3, now())
                .executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
