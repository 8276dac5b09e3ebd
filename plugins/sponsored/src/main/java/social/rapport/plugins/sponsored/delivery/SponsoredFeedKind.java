package social.rapport.plugins.sponsored.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.plugins.sponsored.SponsoredPlugin;
import social.rapport.plugins.sponsored.SponsoredText;
import social.rapport.spi.feed.FeedKind;
import social.rapport.spi.feed.FeedKindProvider;
import social.rapport.spi.feed.PlacementPolicy;

/**
 * The plugin's placement kind: paid (the core labels it "Sponsored"), by default at most one per
 * page of ten, never before position 4, at least 5 items after the previous plugin item. Admins
 * change the caps on the core's feed policy page.
 */
@ApplicationScoped
public class SponsoredFeedKind implements FeedKindProvider {

    public static final String AD = "sponsored.ad";

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<FeedKind> kinds(Locale locale) {
        return List.of(new FeedKind(AD, SponsoredText.get(locale, "sponsored.kind.ad"), new PlacementPolicy(1, 4, 5), true));
    }
}
