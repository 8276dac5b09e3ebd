package social.rapport.plugins.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.settings.SettingDefinition;
import social.rapport.spi.settings.SettingsProvider;

/**
 * The plugin's settings, edited by admins on the core's generated settings page. The initial value
 * can be set with {@code rapport.plugins.events.max-invitations-per-week}.
 */
@ApplicationScoped
public class EventsSettings implements SettingsProvider {

    /** How many invitations one member may send per week, over all events. */
    public static final String MAX_INVITATIONS_PER_WEEK = "max-invitations-per-week";

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<SettingDefinition> settings(Locale locale) {
        return List.of(SettingDefinition.integer(MAX_INVITATIONS_PER_WEEK, 100, 1, 10_000,
                EventsText.get(locale, "events.settings.maxInvitations"), EventsText.get(locale, "events.settings.maxInvitations.help")));
    }
}
