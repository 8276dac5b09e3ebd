package social.rapport.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import social.rapport.core.database.RapportDatabase;

/**
 * Counts requests that make us send mail to an address a stranger types (password reset,
 * sign-up with a taken address), per email and per client address, in PostgreSQL so that every
 * instance counts the same.
 */
@ApplicationScoped
public class MailRequests {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    void record(String kind, String email, String address) {
        em.createNativeQuery("insert into account_mail_request (kind, email, address, requested_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, kind).setParameter(2, email).setParameter(3, address).setParameter(4, OffsetDateTime.now(clock))
                .executeUpdate();
    }

    long forEmail(String kind, String email, Duration window) {
        return count("select count(*) from account_mail_request where kind = ?1 and email = ?2 and requested_at > ?3", kind, email, window);
    }

    long forAddress(String kind, String address, Duration window) {
        return count("select count(*) from account_mail_request where kind = ?1 and address = ?2 and requested_at > ?3", kind, address, window);
    }

    /** Forgets the requests that name this email (account deletion). */
    public int forget(String email) {
        return em.createNativeQuery("delete from account_mail_request where email = ?1").setParameter(1, email).executeUpdate();
    }

    private long count(String sql, String kind, String value, Duration window) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, kind).setParameter(2, value)
                .setParameter(3, OffsetDateTime.now(clock).minus(window)).getSingleResult()).longValue();
    }
}
