package social.rapport.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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
 * <p>An extension belongs to the plugin whose archive contains it ({@link ExtensionOwners}), whatever
 * id it reports; the core's own extensions (for example suggestion sources, in the core's jar)
 * belong to {@value #CORE}, which is always enabled.
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

    @Inject
    RequestPluginStates requestStates;

    @Inject
    BeanManager beans;

    @Inject
    ExtensionOwners owners;

    /** The owner of each extension class handed out (client proxies included), for {@link #ownerOf}. */
    private final Map<Class<?>, String> handedOut = new ConcurrentHashMap<>();

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
                && enabledStates().getOrDefault(pluginId, false);
    }

    /**
     * The implementations of an extension point that belong to installed, compatible plugins,
     * enabled or not (for declarations an admin manages while a plugin is off), by order.
     */
    public <T extends Extension> List<T> declaredBy(Class<T> type) {
        List<String> compatible = installed().stream().filter(PluginRegistry::compatible).map(Plugin::id).toList();
        return owned(type, compatible::contains);
    }

    /** The implementations of an extension point that belong to the core or to enabled plugins, by order. */
    public <T extends Extension> List<T> extensions(Class<T> type) {
        Map<String, Boolean> enabled = enabledStates();
        List<String> runnable = installed().stream()
                .filter(PluginRegistry::compatible)
                .map(Plugin::id)
                .filter(id -> enabled.getOrDefault(id, false))
                .toList();
        return owned(type, owner -> CORE.equals(owner) || runnable.contains(owner));
    }

    /**
     * The plugin an extension handed out by this registry belongs to: the one whose archive
     * contains it ({@link ExtensionOwners}), which is not always the id it reports.
     */
    public String ownerOf(Extension extension) {
        String owner = handedOut.get(extension.getClass());
        return owner != null ? owner : extension.pluginId();
    }

    /** The implementations whose owner (by archive, see {@link ExtensionOwners}) passes {@code allowed}. */
    private <T extends Extension> List<T> owned(Class<T> type, Predicate<String> allowed) {
        List<T> result = new ArrayList<>();
        for (Instance.Handle<T> handle : extensions.select(type).handles()) {
            T extension = handle.get();
            Optional<String> owner = owners.ownerOf(handle.getBean().getBeanClass(), extension.pluginId());
            if (owner.isPresent() && allowed.test(owner.get())) {
                handedOut.put(extension.getClass(), owner.get());
                result.add(extension);
            }
        }
        result.sort(Comparator.comparingInt(Extension::order).thenComparing(e -> e.getClass().getName()));
        return result;
    }

    /** The persisted states, read once per request when there is one (timers and executor threads read each time). */
    private Map<String, Boolean> enabledStates() {
        return inRequest() ? requestStates.get(states::all) : states.all();
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
