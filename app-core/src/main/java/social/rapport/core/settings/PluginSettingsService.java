package social.rapport.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import social.rapport.core.account.Caller;
import social.rapport.core.platform.Refusal;
import social.rapport.core.plugin.PluginDeclarations;
import social.rapport.spi.settings.PluginSettings;
import social.rapport.spi.settings.SettingDefinition;
import social.rapport.spi.settings.SettingType;
import social.rapport.spi.settings.SettingsProvider;

/**
 * Plugin settings: the {@link PluginSettings} platform service, and what the admin's generated
 * settings page lists and saves. A value is what an admin saved, else MicroProfile Config
 * {@code rapport.plugins.<id>.<key>} (when valid), else the declared default.
 */
@ApplicationScoped
@Transactional
public class PluginSettingsService implements PluginSettings {

    private static final Logger LOG = Logger.getLogger(PluginSettingsService.class.getName());

    @Inject
    PluginDeclarations declarations;

    @Inject
    SettingQueries queries;

    @Inject
    Caller caller;

    @Inject
    Config config;

    @Inject
    Clock clock;

    /** A declared setting with its current value. */
    public record Setting(SettingDefinition definition, String value) {
    }

    /** The settings a plugin declares, with their values (admins only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Setting> list(String pluginId, Locale locale) {
        caller.requireAdmin();
        Map<String, String> saved = queries.saved(pluginId);
        return declared(pluginId, locale).stream()
                .map(d -> new Setting(d, saved.containsKey(d.key()) ? saved.get(d.key()) : initial(pluginId, d))).toList();
    }

    /**
     * Saves one setting (admins only), audited with the old value.
     *
     * @throws Refusal on the setting's key as field: unknown setting, or a value its type or bounds refuse
     */
    public void change(String pluginId, String key, String input) {
        long admin = caller.requireAdmin().getId();
        SettingDefinition definition = definition(pluginId, key)
                .orElseThrow(() -> new Refusal(key == null ? "key" : key, "settings.unknown"));
        SettingRules.Checked checked = SettingRules.check(definition, input);
        if (!checked.ok()) {
            throw new Refusal(key, checked.problem());
        }
        String old = current(pluginId, definition);
        if (!checked.value().equals(old)) {
            queries.save(pluginId, key, old, checked.value(), admin, OffsetDateTime.now(clock));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SettingQueries.Change> history(String pluginId, int limit) {
        caller.requireAdmin();
        return queries.history(pluginId, limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long integer(String pluginId, String key) {
        return Long.parseLong(value(pluginId, key, SettingType.INTEGER));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean bool(String pluginId, String key) {
        return Boolean.parseBoolean(value(pluginId, key, SettingType.BOOLEAN));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String text(String pluginId, String key) {
        return value(pluginId, key, SettingType.TEXT);
    }

    private String value(String pluginId, String key, SettingType type) {
        SettingDefinition definition = definition(pluginId, key).filter(d -> d.type() == type)
                .orElseThrow(() -> new IllegalArgumentException("Plugin " + pluginId + " declares no " + type + " setting " + key));
        return current(pluginId, definition);
    }

    private String current(String pluginId, SettingDefinition definition) {
        String saved = queries.saved(pluginId, definition.key());
        return saved != null ? saved : initial(pluginId, definition);
    }

    /** The configured initial value when it is valid, else the declared default. */
    private String initial(String pluginId, SettingDefinition definition) {
        String name = "rapport.plugins." + pluginId + "." + definition.key();
        Optional<String> configured = config.getOptionalValue(name, String.class);
        if (configured.isPresent()) {
            SettingRules.Checked checked = SettingRules.check(definition, configured.get());
            if (checked.ok()) {
                return checked.value();
            }
            LOG.warning(() -> name + " is not a valid value (" + checked.problem() + "); the declared default applies");
        }
        return definition.defaultValue();
    }

    /** The settings the plugin's own providers declare (a setting key is scoped by the plugin id). */
    private List<SettingDefinition> declared(String pluginId, Locale locale) {
        return declarations.installed(SettingsProvider.class,
                p -> declarations.ownerOf(p).equals(pluginId) ? p.settings(locale) : List.<SettingDefinition>of(), d -> pluginId + "." + d.key());
    }

    private Optional<SettingDefinition> definition(String pluginId, String key) {
        return declared(pluginId, Locale.ENGLISH).stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
