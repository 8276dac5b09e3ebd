package social.rapport.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import social.rapport.core.notification.NotificationEntry;
import social.rapport.core.notification.TypeSetting;
import social.rapport.web.platform.Messages;

/** {@code #{notificationFormat...}}: how an entry reads ("and 12 others", "5 min ago") and how a type is labelled. */
@Named
@ApplicationScoped
public class NotificationFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /**
     * What happened, after the actor's name. The core's own invitation notices are worded by the
     * bundle in the reader's language; other notices carry their sender's text.
     */
    public String text(NotificationEntry entry) {
        String key = "notification.text." + entry.type();
        String worded = Messages.text(key);
        return worded.equals(key) ? entry.text() : worded;
    }

    /** " and 12 others" after the latest actor's name, or nothing. */
    public String others(NotificationEntry entry) {
        if (entry.others() <= 0) {
            return "";
        }
        return entry.others() == 1 ? Messages.text("notification.others.one") : Messages.text("notification.others", entry.others());
    }

    /** "just now", "5 min ago", "3 h ago", "2 d ago", then the date. */
    public String ago(OffsetDateTime time) {
        Duration age = Duration.between(time, OffsetDateTime.now());
        if (age.toMinutes() < 1) {
            return Messages.text("notification.ago.now");
        }
        if (age.toHours() < 1) {
            return Messages.text("notification.ago.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return Messages.text("notification.ago.hours", age.toHours());
        }
        if (age.toDays() < 7) {
            return Messages.text("notification.ago.days", age.toDays());
        }
        return DAY.format(time);
    }

    /** The latest actor's profile, or the network's member page when they have no handle yet. */
    public String profile(NotificationEntry entry) {
        return entry.actorHandle() != null ? "/in/" + entry.actorHandle() : "/network/member?id=" + entry.actorId();
    }

    public String iso(OffsetDateTime time) {
        return time.toString();
    }

    /** The label of a type on the preferences page: the bundle's for core types, the plugin's own otherwise. */
    public String label(TypeSetting setting) {
        return setting.label() != null ? setting.label() : Messages.text("notification.type." + setting.type());
    }
}
