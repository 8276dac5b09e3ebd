package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Pays for one impression, when the feed page renders the ad, in one transaction: the campaign's
 * total (row-locked), today's paced spend, the member's frequency cap, then the impression row.
 * Any check that fails rolls the whole payment back, so the total is never passed, whatever the
 * number of concurrent feed pages or instances. A page rendered again with the same token (a
 * postback) is not paid twice.
 */
@ApplicationScoped
public class Delivery {

    @Inject
    DeliveryRepository repository;

    @Inject
    ImpressionPayment payment;

    /** Whether the ad with this token may be shown (paid now, or paid by an earlier render). */
    public boolean pay(UUID token, long campaignId, long member, List<String> matched) {
        if (repository.impressionExists(token)) {
            return true;
        }
        try {
            payment.payOnce(token, campaignId, member, matched);
            return true;
        } catch (NoSpend e) {
            return false;
        } catch (RuntimeException e) {
            return repository.impressionExists(token); // the same page rendered twice at once: the other render paid
        }
    }
}
