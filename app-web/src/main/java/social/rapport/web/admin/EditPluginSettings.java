package social.rapport.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.core.settings.PluginSettingsService;
import social.rapport.core.settings.SettingQueries;
import social.rapport.spi.error.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /admin/plugin-settings?plugin=<id>}: the settings page generated from what the plugin
 * declares: one input per setting (its label, help and bounds), validated by the service with a
 * message next to the field at fault; every change is recorded and listed.
 */
@Named
@ViewScoped
public class EditPluginSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginSettingsService settings;

    @Inject
    transient PluginRegistry registry;

    private String plugin;
    private String pluginName;
    private transient List<PluginSettingsService.Setting> declared;
    private final Map<String, String> values = new HashMap<>();

    public void load() {
        pluginName = registry.installed(plugin == null ? "" : plugin).map(p -> p.name()).orElse(null);
        if (pluginName == null) {
            Faces.responseSendError(404, "No such plugin");
            Faces.responseComplete();
            return;
        }
        declared = settings.list(plugin, Faces.getLocale());
        values.clear();
        declared.forEach(s -> values.put(s.definition().key(), s.value()));
    }

    public List<PluginSettingsService.Setting> getDeclared() {
        if (declared == null && pluginName != null) {
            declared = settings.list(plugin, Faces.getLocale());
        }
        return declared;
    }

    public List<SettingQueries.Change> getHistory() {
        return settings.history(plugin, 30);
    }

    /** Saves every setting; each refused one gets its message next to its input, the others are saved. */
    public String save() {
        boolean allSaved = true;
        for (PluginSettingsService.Setting setting : getDeclared()) {
            String key = setting.definition().key();
            try {
                settings.change(plugin, key, values.get(key));
            } catch (Refusal refusal) {
                Messages.error("settings:" + key, refusal.messageKey());
                allSaved = false;
            }
        }
        if (!allSaved) {
            return null;
        }
        Messages.flash("settings.saved");
        return "/admin/plugin-settings?faces-redirect=true&plugin=" + plugin;
    }

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String plugin) {
        this.plugin = plugin;
    }

    public String getPluginName() {
        return pluginName;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
