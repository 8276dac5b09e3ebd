package social.rapport.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.core.notification.NotificationInbox;

/** {@code #{notificationBadge}}: the header's unread count when the page is rendered, and how often the script re-asks. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    NotificationInbox inbox;

    @Inject
    @ConfigProperty(name = "rapport.notifications.poll-seconds", defaultValue = "20")
    int pollSeconds;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }

    public long getPollMillis() {
        return Math.max(5, pollSeconds) * 1000L;
    }
}
