package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Pays for one impression, when the feed page renders the ad, in one transaction of two statements:
 * the campaign's total (row-locked), then today's paced spend, the member's frequency cap and the impression row.
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

    /**
     * Whether the ad with this token may be shown (paid now, or paid by an earlier render). The
     * usual case is the two statements of {@link ImpressionPayment#payOnce}; whether the token was
     * paid before is asked only when the payment is refused or fails.
     */
    public boolean pay(AdModel ad, long member) {
        UUID token = UUID.fromString(ad.token());
        try {
            payment.payOnce(token, ad.campaignId(), member, ad.matched(), ad.costMilli(), ad.frequencyCap());
            return true;
        } catch (NoSpend | RuntimeException e) {
            return repository.impressionExists(token); // a page rendered again (paid by its first render), or twice at once
        }
    }
}
