package social.rapport.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.spi.notification.NotificationType;
import social.rapport.spi.notification.NotificationTypeProvider;
import social.rapport.spi.Plugin;

/**
 * Which notification types exist now: the core's, and those the enabled plugins declare through
 * {@link NotificationTypeProvider} (a declared id must start with the plugin's id and a dot; others
 * are ignored, so a plugin cannot speak for the core or for another plugin).
 */
@ApplicationScoped
public class NotificationTypes {

    @Inject
    PluginCalls calls;

    @Inject
    PluginRegistry registry;

    /** A core type, or one an enabled plugin declares. */
    public boolean known(String type) {
        return CoreNotificationTypes.ALL.contains(type)
                || (pluginOf(type) != null && declared(Locale.ENGLISH).stream().map(NotificationType::id).anyMatch(type::equals));
    }

    /** The enabled plugins' declared types, labelled in {@code locale}. */
    public List<NotificationType> declared(Locale locale) {
        return calls.collect(NotificationTypeProvider.class, p -> p.types(locale).stream()
                .filter(t -> t.id().startsWith(registry.ownerOf(p) + ".") && t.id().length() <= 60).toList());
    }

    /** The ids of the plugins enabled now (whose notices are shown). */
    public List<String> enabledPlugins() {
        return registry.installed().stream().map(Plugin::id).filter(registry::isEnabled).toList();
    }

    /** The plugin id of a plugin type ("events" of "events.reminder"), or null for a core type. */
    public static String pluginOf(String type) {
        if (CoreNotificationTypes.ALL.contains(type)) {
            return null;
        }
        int dot = type.indexOf('.');
        return dot > 0 ? type.substring(0, dot) : null;
    }
}
