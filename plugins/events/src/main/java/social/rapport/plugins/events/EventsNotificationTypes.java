package social.rapport.plugins.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.notification.NotificationType;
import social.rapport.spi.notification.NotificationTypeProvider;

/** The notifications the plugin sends; members can turn each off. The core drops undeclared types. */
@ApplicationScoped
public class EventsNotificationTypes implements NotificationTypeProvider {

    public static final String INVITATION = "events.invitation";
    public static final String CHANGED = "events.changed";
    public static final String CANCELLED = "events.cancelled";
    public static final String REMINDER = "events.reminder";
    public static final String WAITLIST_PROMOTED = "events.waitlist-promoted";

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<NotificationType> types(Locale locale) {
        return List.of(INVITATION, CHANGED, CANCELLED, REMINDER, WAITLIST_PROMOTED).stream()
                .map(id -> new NotificationType(id, EventsText.get(locale, "events.notification." + id.substring(7))))
                .toList();
    }
}
