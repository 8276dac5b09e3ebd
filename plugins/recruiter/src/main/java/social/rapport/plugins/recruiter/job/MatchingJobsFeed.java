package social.rapport.plugins.recruiter.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.plugins.recruiter.RecruiterText;
import social.rapport.spi.facts.Fact;
import social.rapport.spi.facts.FactPurpose;
import social.rapport.spi.facts.FactPurposeProvider;
import social.rapport.spi.facts.MemberFacts;
import social.rapport.spi.facts.MemberFactsReader;
import social.rapport.spi.facts.PurposeKind;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedKind;
import social.rapport.spi.feed.FeedKindProvider;
import social.rapport.spi.feed.FeedRequest;
import social.rapport.spi.feed.PlacementPolicy;
import social.rapport.spi.platform.PlatformClock;

/**
 * "Jobs that match you": for a member who turned on the purpose {@value #PURPOSE} (a discovery
 * purpose, off until they turn it on on "How my data is used"), open jobs whose skills name one of
 * the member's profile skills, as feed items of the kind {@value #KIND}, under the admin's caps.
 * Uses only what the request gives (it runs off the request thread).
 */
@ApplicationScoped
public class MatchingJobsFeed implements FeedContributor, FeedKindProvider, FactPurposeProvider {

    public static final String KIND = RecruiterPlugin.ID + ".job";
    public static final String PURPOSE = RecruiterPlugin.ID + ".discovery";
    static final String FRAGMENT = "/p/recruiter/feed-item.xhtml";

    @Inject
    JobRepository jobs;

    @Inject
    MemberFactsReader facts;

    @Inject
    PlatformClock clock;

    /** What the feed fragment shows. */
    public record JobFeedItem(String title, String organisation, String payRange, String place, String href) {
    }

    @Override
    public String pluginId() {
        return RecruiterPlugin.ID;
    }

    @Override
    public List<FeedKind> kinds(Locale locale) {
        return List.of(new FeedKind(KIND, RecruiterText.get(locale, "recruiter.feed.kind"), new PlacementPolicy(1, 3, 4), false));
    }

    @Override
    public List<FactPurpose> purposes(Locale locale) {
        return List.of(new FactPurpose(PURPOSE, PurposeKind.DISCOVERY, Set.of(Fact.SKILLS),
                RecruiterText.get(locale, "recruiter.purpose.label"), RecruiterText.get(locale, "recruiter.purpose.description")));
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        long me = request.memberId();
        MemberFacts mine = facts.read(PURPOSE, List.of(me), me).get(me);
        if (mine == null || mine.skills().isEmpty()) {
            return List.of(); // purpose off, or no skills to match
        }
        Locale locale = request.viewer().locale();
        List<FeedCandidate> items = new ArrayList<>();
        for (Job job : jobs.matching(mine.skills(), clock.clock().instant(), 5)) {
            String key = "job-" + job.id();
            if (request.shownKeys().contains(key) || job.createdAt() == null) {
                continue;
            }
            String skill = mine.skills().stream().filter(s -> job.skills().toLowerCase(Locale.ROOT).contains(s.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse("");
            String place = job.remote() ? RecruiterText.get(locale, "recruiter.job.remote") : job.location();
            items.add(new FeedCandidate(key, KIND, 0.5, RecruiterText.get(locale, "recruiter.feed.reason", skill), FRAGMENT,
                    new JobFeedItem(job.title(), job.organisationName(), job.payRange(), place, job.href()), null));
        }
        return items;
    }
}
