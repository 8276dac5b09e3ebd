package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedRequest;

/**
 * For viewers enrolled in probe_feed mode 'fragments': one item with a working fragment, one
 * whose fragment does not exist, one whose fragment throws while it renders ({@link ProbeBoom}).
 */
@ApplicationScoped
public class ProbeFragmentsContributor implements FeedContributor {

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        if (ProbeFeed.row(database, request.memberId(), "fragments").isEmpty()) {
            return List.of();
        }
        return List.of(
                new FeedCandidate("fine", ProbeFeedContributor.EVENT, 0.9, "works", ProbeFeedContributor.FRAGMENT,
                        Map.of("title", "Probe fine item"), null),
                new FeedCandidate("missing", ProbeFeedContributor.OTHER, 0.8, "no such fragment", "/p/probe/no-such-item.xhtml",
                        Map.of("title", "Missing"), null),
                new FeedCandidate("throwing", ProbeFeedContributor.OTHER, 0.7, "fragment throws", "/p/probe/throwing-item.xhtml",
                        Map.of("title", "Throwing"), null));
    }
}
