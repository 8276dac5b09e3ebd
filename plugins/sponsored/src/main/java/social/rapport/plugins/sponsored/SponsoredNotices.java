package social.rapport.plugins.sponsored;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.notification.NotificationType;
import social.rapport.spi.notification.NotificationTypeProvider;

/** The notifications the plugin sends: decisions on campaigns (the core answers advertiser applications). */
@ApplicationScoped
public class SponsoredNotices implements NotificationTypeProvider {

    public static final String CAMPAIGN = "sponsored.campaign";

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<NotificationType> types(Locale locale) {
        return List.of(new NotificationType(CAMPAIGN, SponsoredText.get(locale, "sponsored.notice.campaign")));
    }
}
