package social.rapport.spi.notification;

import social.rapport.spi.Extension;

import java.util.List;
import java.util.Locale;

/**
 * Notification SPI: the notification types a plugin sends. Each type appears on the member's
 * notification preferences page, where it can be turned off; notices of undeclared types, or of a
 * disabled plugin, are never delivered nor shown.
 */
public interface NotificationTypeProvider extends Extension {

    /** The plugin's types, labelled in {@code locale}. Ids must start with the plugin id and a dot. */
    List<NotificationType> types(Locale locale);
}
