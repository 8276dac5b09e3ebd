package social.rapport.spi.notification;

import java.util.Objects;
import social.rapport.spi.SiteLinks;

/**
 * One notification for one member.
 *
 * @param recipient who is told
 * @param type      the notification type: a core type, or for a plugin {@code "<plugin id>.<name>"}
 *                  as declared by its {@link NotificationTypeProvider} (e.g. {@code "events.reminder"})
 * @param actor     the member who caused it (shown with their name and photo), or null
 * @param text      what happened, as the sentence that follows the actor's name (e.g. "invited you
 *                  to JavaDay Milan"), or the whole sentence when there is no actor; shown escaped
 * @param link      application-relative link to open (starts with {@code /}), or null
 * @param groupKey  notices of the same type and group key are shown as one while unread (e.g.
 *                  {@code "event-42"}); null never groups
 */
public record Notice(long recipient, String type, Long actor, String text, String link, String groupKey) {
    public Notice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (link != null) {
            SiteLinks.requireSameSitePath(link, "link");
        }
    }
}
