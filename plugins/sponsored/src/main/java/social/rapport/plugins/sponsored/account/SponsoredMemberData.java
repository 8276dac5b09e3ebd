package social.rapport.plugins.sponsored.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import social.rapport.plugins.sponsored.SponsoredPlugin;
import social.rapport.plugins.sponsored.targeting.TargetingPurpose;
import social.rapport.spi.account.ExportFile;
import social.rapport.spi.account.MemberDataHook;
import social.rapport.spi.facts.MemberFactsReader;
import social.rapport.spi.platform.PluginStatus;

/**
 * A member's part of the sponsored plugin. Exported: their advertiser answers, the campaigns they
 * own, the ads they were shown, what they hid and reported, and their choices. Erased with the
 * account: everything that names them, except what the public ad library must keep for a year
 * (DSA Art. 39: the ad, on whose behalf, who paid, dates, targeting, reach), which stays without
 * the member; their impressions and reports stay counted under a number that names nobody.
 */
@ApplicationScoped
public class SponsoredMemberData implements MemberDataHook {

    @Inject
    MemberDataQueries queries;

    @Inject
    MemberFactsReader facts;

    @Inject
    PluginStatus status;

    @Inject
    Clock clock;

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<ExportFile> export(long memberId) {
        // the targeting answer is the core's record; it can be read only while the plugin is enabled
        Boolean targetingOn = status.isEnabled(SponsoredPlugin.ID) ? facts.allowed(memberId, TargetingPurpose.ID) : null;
        return List.of(
                new ExportFile("advertiser.json", queries.advertiser(memberId)),
                new ExportFile("campaigns.json", queries.campaigns(memberId)),
                new ExportFile("ads-shown.json", queries.adsShown(memberId)),
                new ExportFile("hidden.json", queries.hidden(memberId)),
                new ExportFile("reports.json", queries.reports(memberId)),
                new ExportFile("choices.json", queries.choices(memberId, targetingOn)));
    }

    @Override
    public void erase(long memberId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        queries.deleteUnshownCampaigns(memberId);
        queries.keepShownCampaignsWithoutAdvertiser(memberId, today);
        queries.deleteChoices(memberId);
        queries.anonymiseImpressionsAndReports(memberId);
        queries.forgetAsDecider(memberId);
    }
}
