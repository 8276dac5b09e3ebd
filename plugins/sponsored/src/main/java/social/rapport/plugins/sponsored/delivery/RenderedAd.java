package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import social.rapport.spi.feed.FeedCandidate;
import social.rapport.spi.platform.CurrentViewer;

/**
 * {@code #{renderedAd.paid(item)}}, asked by the feed fragment when the page is built: pays for the
 * impression (once per token) and says whether the ad may be shown. Not a tracking pixel: it runs
 * in the server while the member's own feed page is rendered.
 */
@Named
@RequestScoped
public class RenderedAd {

    @Inject
    Delivery delivery;

    @Inject
    CurrentViewer viewer;

    private final Map<String, Boolean> answers = new HashMap<>();

    public boolean paid(FeedCandidate item) {
        if (!(item.model() instanceof AdModel ad) || !viewer.get().signedIn()) {
            return false;
        }
        return answers.computeIfAbsent(ad.token(), t -> delivery.pay(ad, viewer.get().memberId()));
    }
}
