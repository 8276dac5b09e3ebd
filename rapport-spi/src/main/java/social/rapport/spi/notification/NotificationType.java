package social.rapport.spi.notification;

import java.util.Objects;

/**
 * A kind of notification a member can turn on or off.
 *
 * @param id    {@code "<plugin id>.<name>"}, e.g. {@code "events.reminder"}
 * @param label what the preferences page shows, e.g. "Reminders of events you are going to"
 */
public record NotificationType(String id, String label) {
    public NotificationType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
