package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;

import social.rapport.spi.feed.FeedRequest;

/** Hangs far beyond the budget for viewers enrolled in probe_feed mode 'fail'; the core must give up on it. */
@ApplicationScoped
public class HangingFeedContributor implements FeedContributor {

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return FaultyPlugin.ID;
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        if (ProbeFeed.row(database, request.memberId(), "fail").isEmpty()) {
            return List.of();
        }
        try {
            TimeUnit.SECONDS.sleep(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of(new FeedCandidate("too-late", "faulty.other", 1, "too late", "/p/faulty/late.xhtml", Map.of(), null));
    }
}
