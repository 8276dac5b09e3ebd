package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    @SuppressWarnings("unchecked")
    public boolean paid(FeedCandidate item) {
        Map<String, Object> model = item.model();
        String token = (String) model.get("token");
        if (token == null || !viewer.get().signedIn()) {
            return false;
        }
        return answers.computeIfAbsent(token, t -> delivery.pay(UUID.fromString(t), (Long) model.get("campaignId"),
                viewer.get().memberId(), (List<String>) model.get("matched")));
    }
}
