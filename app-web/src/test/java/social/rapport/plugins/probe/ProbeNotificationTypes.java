package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.notification.NotificationType;
import social.rapport.spi.notification.NotificationTypeProvider;

/** Declares the probe's one notification type, "probe.poke" ("probe.undeclared" is deliberately not declared). */
@ApplicationScoped
public class ProbeNotificationTypes implements NotificationTypeProvider {

    public static final String POKE = "probe.poke";

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public List<NotificationType> types(Locale locale) {
        return List.of(new NotificationType(POKE, "it".equals(locale.getLanguage()) ? "Colpetti dalla sonda" : "Pokes from the probe"));
    }
}
