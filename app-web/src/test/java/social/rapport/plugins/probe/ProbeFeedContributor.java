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
import java.util.Locale;
import social.rapport.spi.feed.FeedKind;
import social.rapport.spi.feed.FeedKindProvider;
import social.rapport.spi.feed.PlacementPolicy;
import social.rapport.spi.feed.FeedRequest;

/**
 * For viewers the tests enrol (probe_feed mode 'offer'): far more than the policy allows, 5
 * sponsored and 5 event items on every page, one item whose fragment lies outside the probe's
 * folder, and one about the member in author_id (if set). The core must keep to its policy.
 */
@ApplicationScoped
public class ProbeFeedContributor implements FeedContributor, FeedKindProvider {

    public static final String SPONSORED = "probe.sponsored";
    public static final String EVENT = "probe.event";
    public static final String OTHER = "probe.other";

    public static final String FRAGMENT = "/p/probe/feed-item.xhtml";

    @Resource(lookup = "java:app/jdbc/rapport")
    DataSource database;

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    /** Kinds with the defaults the old closed enum had: paid 1 per page from position 4, others 2 from 2. */
    @Override
    public List<FeedKind> kinds(Locale locale) {
        return List.of(new FeedKind(SPONSORED, "Probe sponsored", new PlacementPolicy(1, 4, 3), true),
                new FeedKind(EVENT, "Probe events", new PlacementPolicy(2, 2, 3), false),
                new FeedKind(OTHER, "Probe other", new PlacementPolicy(2, 2, 3), false));
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        Optional<Long> enrolled = ProbeFeed.row(database, request.memberId(), "offer");
        if (enrolled.isEmpty()) {
            return List.of();
        }
        List<FeedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(new FeedCandidate("sponsored-" + i, SPONSORED, 0.9, "Probe Ads: you match the probe",
                    FRAGMENT, Map.of("title", "Probe sponsored " + i), null));
            candidates.add(new FeedCandidate("event-" + i, EVENT, 0.5, "3 of your connections are going",
                    FRAGMENT, Map.of("title", "Probe event " + i), null));
        }
        candidates.add(new FeedCandidate("escape", OTHER, 1.0, "outside its folder", "/WEB-INF/includes/feed/item.xhtml",
                Map.of("title", "Escaped"), null));
        if (enrolled.get() != 0) {
            candidates.add(new FeedCandidate("about-author", OTHER, 1.0, "About someone", FRAGMENT,
                    Map.of("title", "Probe about author"), enrolled.get()));
        }
        return candidates;
    }
}
