package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import social.rapport.plugins.sponsored.SponsoredPlugin;
import social.rapport.plugins.sponsored.advertiser.AdvertiserCapability;
import social.rapport.spi.capability.Capabilities;
import social.rapport.plugins.sponsored.SponsoredText;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;
import social.rapport.plugins.sponsored.targeting.MemberFacts;
import social.rapport.plugins.sponsored.targeting.TargetingFacts;
import social.rapport.plugins.sponsored.targeting.TargetingRules;
import social.rapport.plugins.sponsored.targeting.TargetingRules.Match;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.feed.FeedContributor;
import social.rapport.spi.feed.FeedRequest;

/**
 * Offers the feed at most one ad per page, as a paid {@link SponsoredFeedKind#AD} item the core places
 * under its policy: the least delivered running campaign this member may see (budget left, not
 * hidden, under the frequency cap) whose targeting they match on the facts they allowed; members
 * who did not allow targeting get untargeted campaigns only, members who turned sponsored content
 * off get none. Today's running campaigns are screened in memory ({@link RunningCampaigns}); only
 * the ones the member matches are checked in PostgreSQL, as they are now. Nothing is paid here: the fragment pays when the page renders the ad
 * ({@link Delivery}), with the token that identifies that impression.
 */
@ApplicationScoped
public class SponsoredFeed implements FeedContributor {

    public static final String FRAGMENT = "/p/sponsored/feed-item.xhtml";

    /** How many of the campaigns a member matches are checked in PostgreSQL at a time (most pages need one round). */
    static final int ASKED = 20;

    @Inject
    DeliveryRepository repository;

    @Inject
    RunningCampaigns running;

    @Inject
    MemberChoices choices;

    @Inject
    TargetingFacts facts;

    @Inject
    SponsoredSettings settings;

    @Inject
    Capabilities capabilities;

    @Inject
    Clock clock;

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<FeedCandidate> candidates(FeedRequest request) {
        long me = request.memberId();
        Map<Setting, Integer> values = settings.all();
        if (choices.of(me).sponsoredOff() && values.get(Setting.MEMBERS_MAY_OPT_OUT) == 1) {
            return List.of();
        }
        List<RunningCampaigns.Entry> running = this.running.today();
        if (running.isEmpty()) {
            return List.of();
        }
        MemberFacts mine = running.stream().allMatch(c -> c.lowerCased().untargeted()) ? null
                : facts.released(List.of(me)).get(me); // only members who allowed targeting are in the answer
        TargetingRules.Screen screen = mine == null ? null : TargetingRules.Screen.of(mine);
        List<Long> matching = new ArrayList<>();
        for (RunningCampaigns.Entry campaign : running) { // least delivered first
            if (!request.shownKeys().contains(key(campaign.id()))
                    && (campaign.lowerCased().untargeted() || screen != null && TargetingRules.matches(campaign.lowerCased(), screen))) {
                matching.add(campaign.id());
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long cost = PacingRules.impressionCostMilli(values.get(Setting.CPM));
        for (int from = 0; from < matching.size(); from += ASKED) {
            List<Long> asked = matching.subList(from, Math.min(matching.size(), from + ASKED));
            for (Campaign campaign : repository.eligibleAmong(asked, me, today, cost, values.get(Setting.FREQUENCY_CAP), ASKED)) {
                // as stored now: a targeting or an advertiser's capability that changed since the list was read counts
                Optional<List<Match>> matched = campaign.targeting().untargeted() ? Optional.of(List.of())
                        : mine == null ? Optional.empty() : TargetingRules.match(campaign.targeting(), mine);
                if (matched.isPresent() && capabilities.holds(campaign.advertiserId(), AdvertiserCapability.ID)) {
                    return List.of(candidate(key(campaign.id()), campaign, matched.get(), request.viewer().locale(), cost,
                            values.get(Setting.FREQUENCY_CAP)));
                } // a revoked advertiser's campaigns stop at once
            }
        }
        return List.of();
    }

    private static String key(long campaignId) {
        return "campaign-" + campaignId;
    }

    private static FeedCandidate candidate(String key, Campaign campaign, List<Match> matched, Locale locale, long cost, int cap) {
        String token = UUID.randomUUID().toString();
        List<String> parameters = matched.stream().map(m -> describe(m, locale)).toList();
        String reason = parameters.isEmpty() ? SponsoredText.get(locale, "sponsored.why.untargeted")
                : SponsoredText.get(locale, "sponsored.why.targeted", String.join("; ", parameters));
        AdModel model = new AdModel(token, campaign.id(), campaign.headline(), campaign.body(),
                SponsoredText.get(locale, "sponsored.cta." + campaign.callToAction().name()), campaign.payer(),
                campaign.organisation(), parameters, campaign.imageHref(), cost, cap);
        return new FeedCandidate(key, SponsoredFeedKind.AD, 0.5, reason, FRAGMENT, model, null);
    }

    /** "Skills: Java" — the facet label and the campaign's value that matched. */
    public static String describe(Match match, Locale locale) {
        return SponsoredText.get(locale, "sponsored.facet." + match.facet()) + ": " + match.value();
    }
}
