package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import social.rapport.plugins.sponsored.campaign.Campaign;
import social.rapport.plugins.sponsored.campaign.CampaignRepository;
import social.rapport.plugins.sponsored.settings.Setting;
import social.rapport.plugins.sponsored.settings.SponsoredSettings;

/** The transaction of {@link Delivery#pay}: a failed check throws {@link NoSpend} and rolls back what was taken. */
@ApplicationScoped
public class ImpressionPayment {

    @Inject
    DeliveryRepository repository;

    @Inject
    CampaignRepository campaigns;

    @Inject
    SponsoredSettings settings;

    @Inject
    Clock clock;

    @Transactional(rollbackOn = NoSpend.class)

    public void payOnce(UUID token, long campaignId, long member, List<String> matched) throws NoSpend {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long cost = PacingRules.impressionCostMilli(settings.get(Setting.CPM));
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new NoSpend("no campaign"));
        if (!repository.spendTotal(campaignId, cost, now)) {
            throw new NoSpend("total budget");
        }
        long secondOfDay = now.getEpochSecond() - day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        if (!repository.spendToday(campaignId, day, cost, PacingRules.allowanceMilli(campaign.dailyBudget(), secondOfDay))) {
            throw new NoSpend("daily pacing");
        }
        if (repository.seenToday(campaignId, member, day) >= settings.get(Setting.FREQUENCY_CAP)) {
            throw new NoSpend("frequency cap");
        }
        repository.recordImpression(token, campaignId, member, day, now, cost, matched);
    }
}
