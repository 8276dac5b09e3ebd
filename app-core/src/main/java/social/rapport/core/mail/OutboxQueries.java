package social.rapport.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/** The SQL of the mail outbox. Callers bring the transaction. */
@ApplicationScoped
public class OutboxQueries {

    /** A queued message as the worker sees it. */
    public record Queued(long id, int attempts, OutgoingMail mail) {
    }

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    void insert(OutgoingMail mail, OffsetDateTime now) {
        Object id = em.createNativeQuery("insert into mail_outbox (recipient, member_id, subject, text_body, html_body, created_at, next_attempt_at, "
                        + "unsubscribe_url) values (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7) returning id")
                .setParameter(1, mail.recipient())
                .setParameter(2, mail.memberId())
                .setParameter(3, mail.subject())
                .setParameter(4, mail.text())
                .setParameter(5, mail.html())
                .setParameter(6, now)
                .setParameter(7, mail.unsubscribeUrl())
                .getResultList().get(0);
        for (Long member : mail.mentions()) {
            em.createNativeQuery("insert into mail_mention (outbox_id, member_id) select ?1, ?2 "
                            + "where exists (select 1 from member where id = ?2) on conflict do nothing")
                    .setParameter(1, ((Number) id).longValue()).setParameter(2, member).executeUpdate();
        }
    }

    /** Locks the oldest due message that no other instance holds. */
    Optional<Queued> claimNext(OffsetDateTime now) {
        List<?> rows = em.createNativeQuery("select id, attempts, recipient, member_id, subject, text_body, html_body, unsubscribe_url from mail_outbox "
                        + "where sent_at is null and failed_at is null and next_attempt_at <= ?1 "
                        + "order by next_attempt_at, id limit 1 for update skip locked")
                .setParameter(1, now)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        Long member = r[3] == null ? null : ((Number) r[3]).longValue();
        return Optional.of(new Queued(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                new OutgoingMail((String) r[2], member, (String) r[4], (String) r[5], (String) r[6], (String) r[7])));
    }

    void sent(long id, OffsetDateTime now) {
        em.createNativeQuery("update mail_outbox set sent_at = ?2, attempts = attempts + 1, last_error = null where id = ?1")
                .setParameter(1, id).setParameter(2, now).executeUpdate();
    }

    void retryLater(long id, String error, OffsetDateTime next) {
        em.createNativeQuery("update mail_outbox set attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 where id = ?1")
                .setParameter(1, id).setParameter(2, truncate(error)).setParameter(3, next).executeUpdate();
    }

    void gaveUp(long id, String error, OffsetDateTime now) {
        em.createNativeQuery("update mail_outbox set attempts = attempts + 1, last_error = ?2, failed_at = ?3 where id = ?1")
                .setParameter(1, id).setParameter(2, truncate(error)).setParameter(3, now).executeUpdate();
    }

    /** Removes every queued or sent message to, or naming, this member (account deletion). */
    public int forget(long memberId, String email) {
        return em.createNativeQuery("delete from mail_outbox where member_id = ?1 or recipient = ?2 "
                        + "or id in (select outbox_id from mail_mention where member_id = ?1)")
                .setParameter(1, memberId).setParameter(2, email).executeUpdate();
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
