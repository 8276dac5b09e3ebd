package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedRequest;

/** Throws for viewers enrolled in probe_feed mode 'fail' (and offers nothing to others). */
@ApplicationScoped
public class ThrowingFeedContributor implements FeedContributor {

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return FaultyPlugin.ID;
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        if (ProbeFeed.row(database, request.memberId(), "fail").isPresent()) {
            throw new IllegalStateException("a feed plugin bug");
        }
        return List.of();
    }
}
