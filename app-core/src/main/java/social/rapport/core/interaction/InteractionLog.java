package social.rapport.core.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.platform.Interactions;

/**
 * The {@link Interactions} platform service and its read side. One row per (actor, subject,
 * kind) holds the latest time and a count, so recording is one upsert and reading the last
 * contact between two members is two index lookups.
 */
@ApplicationScoped
public class InteractionLog implements Interactions {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,40}(\\.[a-z][a-z0-9-]{0,17})?");

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Override
    @Transactional
    public void record(long actor, long subject, String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("interaction kind must be a word or <plugin id>.<name>: " + kind);
        }
        if (actor == subject) {
            return;
        }
        em.createNativeQuery("insert into member_interaction (actor_id, subject_id, kind, last_at) values (?1, ?2, ?3, now()) "
                        + "on conflict (actor_id, subject_id, kind) do update "
                        + "set last_at = greatest(member_interaction.last_at, excluded.last_at), times = member_interaction.times + 1")
                .setParameter(1, actor)
                .setParameter(2, subject)
                .setParameter(3, kind)
                .executeUpdate();
    }

    /** The latest interaction between two members, whoever started it. */
    public Optional<Interaction> lastBetween(long a, long b) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select actor_id, subject_id, kind, last_at from member_interaction "
                        + "where (actor_id = ?1 and subject_id = ?2) or (actor_id = ?2 and subject_id = ?1) "
                        + "order by last_at desc limit 1")
                .setParameter(1, a)
                .setParameter(2, b)
                .getResultList();
        return rows.stream().findFirst().map(InteractionLog::interaction);
    }

    /**
     * The latest thing {@code actor} did towards each of {@code subjects} since {@code since}
     * (e.g. for the feed: "you commented on her posts last week").
     */
    public Map<Long, Interaction> latestTowards(long actor, Collection<Long> subjects, OffsetDateTime since) {
        Map<Long, Interaction> result = new HashMap<>();
        if (subjects.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (subject_id) actor_id, subject_id, kind, last_at "
                        + "from member_interaction where actor_id = ?1 and subject_id = any(cast(?2 as bigint[])) and last_at >= ?3 "
                        + "order by subject_id, last_at desc")
                .setParameter(1, actor)
                .setParameter(2, RapportDatabase.arrayLiteral(subjects))
                .setParameter(3, since)
                .getResultList();
        for (Object[] row : rows) {
            Interaction interaction = interaction(row);
            result.put(interaction.subject(), interaction);
        }
        return result;
    }

    private static Interaction interaction(Object[] row) {
        return new Interaction(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                RapportDatabase.offsetDateTime(row[3]));
    }

    /** One interaction: {@code actor} did {@code kind} towards {@code subject}, last at {@code at}. */
    public record Interaction(long actor, long subject, String kind, OffsetDateTime at) {
    }
}
