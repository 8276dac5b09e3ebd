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
import social.rapport.spi.platform.RateLimiter;

/**
 * The one rate-limit mechanism for writes (sign-in has its own throttle): at most
 * {@code rapport.limits.<action>.per-<window>} of each {@link LimitedAction} per actor in any
 * window (an hour, a day or a week), counted in PostgreSQL so that every instance sees the same
 * counts. Plugins count their own actions here through the SPI's {@link RateLimiter}. A caller
 * over a limit is refused with a {@link Refusal} whose message says what and when; nothing is
 * written then. Runs in the caller's transaction; a per-actor advisory lock keeps two requests at
 * once from both slipping under the limit.
 */
@ApplicationScoped
public class RateLimits implements RateLimiter {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RateLimitOutcome outcome;

    private final Map<LimitedAction, Integer> limits = new EnumMap<>(LimitedAction.class);

    protected RateLimits() {
    }

    @Inject
    public RateLimits(Config config) {
        for (LimitedAction action : LimitedAction.values()) {
            limits.put(action, config.getOptionalValue(action.configKey(), Integer.class)
                    .or(() -> action.formerKey().flatMap(former -> config.getOptionalValue(former, Integer.class)))
                    .orElse(action.defaultLimit()));
        }
    }

    /** How many of {@code action} one actor may do in its window. */
    public int limit(LimitedAction action) {
        return limits.get(action);
    }

    /**
     * Counts one {@code action} by {@code actor} (a member id or an address), or refuses it on
     * {@code field} when its window holds the limit already.
     */
    public void take(LimitedAction action, String actor, String field) {
        count(action.name(), actor, limit(action), action.window().length(), field, action.messageKey());
    }

    public void take(LimitedAction action, long memberId, String field) {
        take(action, String.valueOf(memberId), field);
    }

    @Override
    public void take(Limit limit, String actor, String field, String messageKey) {
        count(limit.action(), actor, limit.max(), limit.window(), field, messageKey);
    }

    private void count(String action, String actor, int max, Duration window, String field, String messageKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, action + ":" + actor).getSingleResult();
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(at) from rate_limit_event where action = ?1 and actor = ?2 and at > ?3")
                .setParameter(1, action).setParameter(2, actor).setParameter(3, now.minus(window)).getSingleResult();
        long done = ((Number) row[0]).longValue();
        if (done >= max) {
            OffsetDateTime oldest = row[1] == null ? now : toOffset(row[1]);
            try {
                outcome.refused(Duration.between(now, oldest.plus(window)).toSeconds());
            } catch (ContextNotActiveException notInARequest) {
                // a timer or a background task: nobody to answer 429 to
            }
            throw new Refusal(field, messageKey);
        }
        em.createNativeQuery("insert into rate_limit_event (action, actor, at) values (?1, ?2, ?3)")
                .setParameter(1, action).setParameter(2, actor).setParameter(3, now).executeUpdate();
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

    /**
     * Deletes the events that left their window: each core action's own, and any older than
     * {@link RateLimiter#LONGEST_WINDOW} (a plugin's). Safe on several instances at once.
     */
    public int prune() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int deleted = 0;
        for (LimitedAction action : LimitedAction.values()) {
            deleted += em.createNativeQuery("delete from rate_limit_event where action = ?1 and at < ?2")
                    .setParameter(1, action.name()).setParameter(2, now.minus(action.window().length())).executeUpdate();
        }
        return deleted + em.createNativeQuery("delete from rate_limit_event where at < ?1")
                .setParameter(1, now.minus(LONGEST_WINDOW)).executeUpdate();
    }
}
