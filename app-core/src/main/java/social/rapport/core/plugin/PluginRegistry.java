package social.rapport.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import social.rapport.spi.Extension;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

/**
 * Finds the installed plugins (CDI beans implementing {@link Plugin}) and hands out the
 * extensions of the enabled ones. Core code never looks up extensions any other way, so a
 * disabled plugin contributes nothing, at once, without a restart.
 *
 * <p>The core's own extensions (for example suggestion sources) use the plugin id
 * {@value #CORE}, which is always enabled.
 */
@ApplicationScoped
public class PluginRegistry {

    /** The plugin id of extensions the core itself implements. */
    public static final String CORE = "core";

    @Inject
    @Any
    Instance<Plugin> plugins;

    @Inject
    @Any
    Instance<Extension> extensions;

    @Inject
    PluginStates states;

    /** Every installed plugin, by id. */
    public List<Plugin> installed() {
        return StreamSupport.stream(plugins.spliterator(), false)
                .sorted(Comparator.comparing(Plugin::id))
                .toList();
    }

    public Optional<Plugin> installed(String pluginId) {
        return installed().stream().filter(p -> p.id().equals(pluginId)).findFirst();
    }

    /** Plugin ids name tables, config keys and URLs: lower-case letters, digits and dashes. */
    private static final Pattern VALID_ID = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    /** Whether the plugin may run here: a valid id that is not the core's, and an SPI version the core offers. */
    public static boolean compatible(Plugin plugin) {
        return VALID_ID.matcher(plugin.id()).matches() && !CORE.equals(plugin.id())
                && SpiVersion.supports(plugin.spiVersion());
    }

    /** Whether the plugin is installed, compatible and enabled now. */
    public boolean isEnabled(String pluginId) {
        if (CORE.equals(pluginId)) {
            return true;
        }
        return installed(pluginId).filter(PluginRegistry::compatible).isPresent()
                && states.all().getOrDefault(pluginId, false);
    }

    /**
     * The implementations of an extension point that belong to installed, compatible plugins,
     * enabled or not (for declarations an admin manages while a plugin is off), by order.
     */
    public <T extends Extension> List<T> declaredBy(Class<T> type) {
        List<String> compatible = installed().stream().filter(PluginRegistry::compatible).map(Plugin::id).toList();
        return StreamSupport.stream(extensions.select(type).spliterator(), false)
                .filter(e -> compatible.contains(e.pluginId()))
                .sorted(Comparator.comparingInt(Extension::order).thenComparing(e -> e.getClass().getName()))
                .toList();
    }

    /** The implementations of an extension point that belong to the core or to enabled plugins, by order. */
    public <T extends Extension> List<T> extensions(Class<T> type) {
        Map<String, Boolean> enabled = states.all();
        List<String> runnable = installed().stream()
                .filter(PluginRegistry::compatible)
                .map(Plugin::id)
                .filter(id -> enabled.getOrDefault(id, false))
                .toList();
        return StreamSupport.stream(extensions.select(type).spliterator(), false)
                .filter(e -> CORE.equals(e.pluginId()) || runnable.contains(e.pluginId()))
                .sorted(Comparator.comparingInt(Extension::order).thenComparing(e -> e.getClass().getName()))
                .toList();
    }
}
