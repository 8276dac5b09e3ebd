package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedRequest;

/**
 * For viewers enrolled in probe_feed mode 'stuck': blocks and ignores interrupts (as a plugin bug
 * would) until released through {@link StuckServlet} or for 60 s. Counts the calls inside, so a
 * test can see how many threads one stuck plugin holds.
 */
@ApplicationScoped
public class StuckFeedContributor implements FeedContributor {

    static final AtomicInteger INSIDE = new AtomicInteger();
    static volatile boolean released;

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return FaultyPlugin.ID;
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        if (ProbeFeed.row(database, request.memberId(), "stuck").isEmpty()) {
            return List.of();
        }
        INSIDE.incrementAndGet();
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!released && System.nanoTime() < end) {
                try {
                    TimeUnit.MILLISECONDS.sleep(50);
                } catch (InterruptedException ignored) {
                    // the bug: the core's cancel is ignored
                }
            }
        } finally {
            INSIDE.decrementAndGet();
        }
        return List.of();
    }
}
