package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** The transaction of {@link Delivery#pay}: a failed check throws {@link NoSpend} and rolls back what was taken. */
@ApplicationScoped
public class ImpressionPayment {

    @Inject
    DeliveryRepository repository;

    @Inject
    Clock clock;

    /**
     * Two statements: the total (row-locking the campaign, {@link DeliveryRepository#spendTotal}), then
     * today's paced spend, the frequency cap and the impression row in one ({@link DeliveryRepository#spendTodayAndRecord}).
     * {@code cost} and {@code cap} are the settings the feed page read.
     */
    @Transactional(rollbackOn = NoSpend.class)
    public void payOnce(UUID token, long campaignId, long member, List<String> matched, long cost, int cap) throws NoSpend {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        OptionalLong dailyBudget = repository.spendTotal(campaignId, cost, now);
        if (dailyBudget.isEmpty()) {
            throw new NoSpend("not running or total budget");
        }
        long secondOfDay = now.getEpochSecond() - day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long allowance = PacingRules.allowanceMilli(dailyBudget.getAsLong(), secondOfDay);
        if (cost > allowance || !repository.spendTodayAndRecord(token, campaignId, member, day, now, cost, allowance, cap, matched)) {
            throw new NoSpend("daily pacing, frequency cap or paid already");
        }
    }
}
