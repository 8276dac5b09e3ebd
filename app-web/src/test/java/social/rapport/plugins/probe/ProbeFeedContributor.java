package social.rapport.plugins.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedItemKind;
import social.rapport.spi.feed.FeedRequest;

/**
 * For viewers the tests enrol (probe_feed mode 'offer'): far more than the policy allows, 5
 * sponsored and 5 event items on every page, one item whose fragment lies outside the probe's
 * folder, and one about the member in author_id (if set). The core must keep to its policy.
 */
@ApplicationScoped
public class ProbeFeedContributor implements FeedContributor {

    public static final String FRAGMENT = "/p/probe/feed-item.xhtml";

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        Optional<Long> enrolled = ProbeFeed.row(database, request.memberId(), "offer");
        if (enrolled.isEmpty()) {
            return List.of();
        }
        List<FeedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(new FeedCandidate("sponsored-" + i, FeedItemKind.SPONSORED, 0.9, "Probe Ads: you match the probe",
                    FRAGMENT, Map.of("title", "Probe sponsored " + i), null));
            candidates.add(new FeedCandidate("event-" + i, FeedItemKind.EVENT, 0.5, "3 of your connections are going",
                    FRAGMENT, Map.of("title", "Probe event " + i), null));
        }
        candidates.add(new FeedCandidate("escape", FeedItemKind.OTHER, 1.0, "outside its folder", "/WEB-INF/includes/feed/item.xhtml",
                Map.of("title", "Escaped"), null));
        if (enrolled.get() != 0) {
            candidates.add(new FeedCandidate("about-author", FeedItemKind.OTHER, 1.0, "About someone", FRAGMENT,
                    Map.of("title", "Probe about author"), enrolled.get()));
        }
        return candidates;
    }
}
