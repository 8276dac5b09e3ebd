package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/** The SQL of email choices and unsubscribe links. Callers bring the transaction. */
@ApplicationScoped
public class EmailPreferenceQueries {

    /** A member as the mail needs them; only a verified, not suspended member is returned. */
    public record Recipient(long id, String email, String name, String language) {
    }

    /** What an unsubscribe token stands for. */
    public record Link(long memberId, String kind, String email) {
    }

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** The member's explicit choices (kind to on/off); kinds without a row take the default. */
    Map<String, Boolean> choices(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, enabled from email_preference where member_id = ?1")
                .setParameter(1, memberId).getResultList();
        Map<String, Boolean> choices = new HashMap<>();
        rows.forEach(r -> choices.put((String) r[0], (Boolean) r[1]));
        return choices;
    }

    Optional<Boolean> choice(long memberId, String kind) {
        List<?> rows = em.createNativeQuery("select enabled from email_preference where member_id = ?1 and kind = ?2")
                .setParameter(1, memberId).setParameter(2, kind).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Boolean) rows.get(0));
    }

    void set(long memberId, String kind, boolean enabled, OffsetDateTime now) {
        em.createNativeQuery("insert into email_preference (member_id, kind, enabled, changed_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (member_id, kind) do update set enabled = excluded.enabled, changed_at = excluded.changed_at "
                        + "where email_preference.enabled <> excluded.enabled")
                .setParameter(1, memberId).setParameter(2, kind).setParameter(3, enabled).setParameter(4, now).executeUpdate();
    }

    public Optional<Recipient> recipient(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, email, display_name, language from member "
                        + "where id = ?1 and not suspended and email_verified_at is not null")
                .setParameter(1, memberId).getResultList();
        return rows.stream().findFirst().map(r -> new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
    }

    /** The display name of a member who is not suspended, if any. */
    Optional<String> name(long memberId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select display_name from member where id = ?1 and not suspended")
                .setParameter(1, memberId).getResultList();
        return rows.stream().findFirst();
    }

    void insertLink(String tokenHash, long memberId, String kind, OffsetDateTime now) {
        em.createNativeQuery("insert into email_unsubscribe (token_hash, member_id, kind, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, tokenHash).setParameter(2, memberId).setParameter(3, kind).setParameter(4, now).executeUpdate();
    }

    Optional<Link> link(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.member_id, u.kind, m.email from email_unsubscribe u "
                        + "join member m on m.id = u.member_id where u.token_hash = ?1")
                .setParameter(1, tokenHash).getResultList();
        return rows.stream().findFirst().map(r -> new Link(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
    }

    void linkUsed(String tokenHash, OffsetDateTime now) {
        em.createNativeQuery("update email_unsubscribe set used_at = ?2 where token_hash = ?1 and used_at is null")
                .setParameter(1, tokenHash).setParameter(2, now).executeUpdate();
    }
}
