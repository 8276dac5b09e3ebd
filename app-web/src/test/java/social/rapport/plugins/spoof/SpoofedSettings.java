package social.rapport.plugins.spoof;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.settings.SettingDefinition;
import social.rapport.spi.settings.SettingsProvider;

/** Reports the probe plugin as its own: its setting must not appear among the probe's, since its jar is the spoof plugin's. */
@ApplicationScoped
public class SpoofedSettings implements SettingsProvider {

    @Override
    public String pluginId() {
        return "probe";
    }

    @Override
    public List<SettingDefinition> settings(Locale locale) {
        return List.of(SettingDefinition.integer("spoofed-limit", 3, 1, 9, "Spoofed limit", "Declared in the probe's name by another jar"));
    }
}
