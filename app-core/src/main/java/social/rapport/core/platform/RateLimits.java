package social.rapport.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import social.rapport.core.database.RapportDatabase;

/**
 * The one rate-limit mechanism for writes (sign-in has its own throttle): at most
 * {@code rapport.limits.<action>.per-hour} of each {@link LimitedAction} per actor in any hour,
 * counted in PostgreSQL so that every instance sees the same counts. A caller over the limit is
 * refused with a {@link Refusal} whose message says what and when; nothing is written then.
 * Runs in the caller's transaction; a per-actor advisory lock keeps two requests at once from
 * both slipping under the limit.
 */
@ApplicationScoped
public class RateLimits {

    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RateLimitOutcome outcome;

    private final Map<LimitedAction, Integer> perHour = new EnumMap<>(LimitedAction.class);

    protected RateLimits() {
    }

    @Inject
    public RateLimits(Config config) {
        for (LimitedAction action : LimitedAction.values()) {
            perHour.put(action, config.getOptionalValue(action.configKey(), Integer.class).orElse(action.defaultPerHour()));
        }
    }

    public int perHour(LimitedAction action) {
        return perHour.get(action);
    }

    /**
     * Counts one {@code action} by {@code actor} (a member id or an address), or refuses it on
     * {@code field} when the last hour holds the limit already.
     */
    public void take(LimitedAction action, String actor, String field) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, action.name() + ":" + actor).getSingleResult();
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(at) from rate_limit_event where action = ?1 and actor = ?2 and at > ?3")
                .setParameter(1, action.name()).setParameter(2, actor).setParameter(3, now.minus(WINDOW)).getSingleResult();
        long done = ((Number) row[0]).longValue();
        if (done >= perHour(action)) {
            OffsetDateTime oldest = row[1] == null ? now : toOffset(row[1]);
            try {
                outcome.refused(Duration.between(now, oldest.plus(WINDOW)).toSeconds());
            } catch (ContextNotActiveException notInARequest) {
                // a timer or a background task: nobody to answer 429 to
            }
            throw new Refusal(field, action.messageKey());
        }
        em.createNativeQuery("insert into rate_limit_event (action, actor, at) values (?1, ?2, ?3)")
                .setParameter(1, action.name()).setParameter(2, actor).setParameter(3, now).executeUpdate();
    }

    public void take(LimitedAction action, long memberId, String field) {
        take(action, String.valueOf(memberId), field);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    /** Deletes events older than the window; safe on several instances at once. */
    public int prune() {
        return em.createNativeQuery("delete from rate_limit_event where at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(WINDOW)).executeUpdate();
    }
}
