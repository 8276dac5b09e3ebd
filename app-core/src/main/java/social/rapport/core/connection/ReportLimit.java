package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;

/**
 * How many reports (about members, posts and comments together) one member may file in 24
 * hours ({@code rapport.reports.max-per-day}, default 20): the queue is for admins' attention,
 * and every report is work for one. Counted in PostgreSQL, so across instances. It lives with
 * member reports, and content reports (moderation) use it too.
 */
@ApplicationScoped
public class ReportLimit {

    static final Duration WINDOW = Duration.ofHours(24);

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    private int maxPerDay = 20;

    protected ReportLimit() {
    }

    @Inject
    public ReportLimit(@ConfigProperty(name = "rapport.reports.max-per-day", defaultValue = "20") int maxPerDay) {
        this.maxPerDay = maxPerDay;
    }

    /** Refuses when {@code reporter} has filed the day's reports already. Call inside the reporting transaction. */
    public void check(long reporter) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(WINDOW);
        long filed = ((Number) em.createNativeQuery("select (select count(*) from member_report where reporter_id = ?1 and created_at > ?2)"
                        + " + (select count(*) from content_report where reporter_id = ?1 and created_at > ?2)")
                .setParameter(1, reporter).setParameter(2, since).getSingleResult()).longValue();
        if (filed >= maxPerDay) {
            throw new Refusal("reason", "moderation.report.tooMany");
        }
    }
}
