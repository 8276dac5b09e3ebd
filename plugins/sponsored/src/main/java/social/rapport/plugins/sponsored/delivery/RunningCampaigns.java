package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import social.rapport.plugins.sponsored.campaign.CampaignChanged;
import social.rapport.plugins.sponsored.targeting.Targeting;

/**
 * The campaigns running today, as this instance read them at most {@link #MAX_AGE_SECONDS} ago:
 * the feed screens them against a member's facts in memory instead of asking PostgreSQL about
 * every running campaign on every feed page. Only the list of candidates is kept: whatever decides
 * whether an ad is shown and paid (status, dates, budgets, hidden, frequency cap) is read fresh
 * for the few candidates a member matches ({@link DeliveryRepository#eligibleAmong}) and checked
 * again atomically when the impression is paid ({@link ImpressionPayment}). So a pause (by an admin,
 * the advertiser or reports) or an ended budget stops delivery at once on every instance; a newly
 * approved or resumed campaign reaches the feed at once on the instance that approved it (a change
 * clears the list when its transaction ends) and within {@link #MAX_AGE_SECONDS} on the others.
 * The day comes from the injected clock; the list's age is measured on the JVM's monotonic timer,
 * as it is no business time.
 */
@ApplicationScoped
public class RunningCampaigns {

    /** How long an instance uses the list it read. */
    public static final long MAX_AGE_SECONDS = 5;

    /** A running campaign as screening needs it: its targeting lower-cased (the list is least delivered first). */
    public record Entry(long id, Targeting lowerCased) {
    }

    private record Snapshot(LocalDate day, long readAtNanos, long generation, List<Entry> entries) {
    }

    @Inject
    DeliveryRepository repository;

    @Inject
    Clock clock;

    private final ReentrantLock reading = new ReentrantLock();
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** Today's running campaigns, least delivered first (read again when older than the maximum age or cleared). */
    public List<Entry> today() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Snapshot current = snapshot;
        if (usable(current, today)) {
            return current.entries();
        }
        boolean sameDay = current != null && current.day().equals(today) && current.generation() == generation.get();
        if (sameDay && !reading.tryLock()) {
            return current.entries(); // another request is reading the new list: this one uses the last for a moment longer
        }
        if (!sameDay) {
            reading.lock();
        }
        try {
            Snapshot again = snapshot;
            if (again != current && usable(again, today)) {
                return again.entries();
            }
            long seen = generation.get();
            Snapshot read = new Snapshot(today, System.nanoTime(), seen, repository.running(today));
            snapshot = read; // a change committed while reading has moved the generation: the next request reads again
            return read.entries();
        } finally {
            reading.unlock();
        }
    }

    private boolean usable(Snapshot s, LocalDate today) {
        return s != null && s.day().equals(today) && s.generation() == generation.get()
                && System.nanoTime() - s.readAtNanos() < TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS);
    }

    /** A campaign changed on this instance: read the list again once the change is committed (or rolled back). */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) CampaignChanged change) {
        generation.incrementAndGet();
    }
}
