package social.rapport.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import social.rapport.spi.Extension;

/**
 * Reads what plugins declare (capabilities, settings, purposes, feed kinds, page rules): each
 * provider is called on its own, a provider that throws is logged and skipped, and a declared id
 * that does not start with the provider's plugin id and a dot is dropped, so no plugin can declare
 * in another's name. The plugin id is the one of the archive that holds the provider
 * ({@link PluginRegistry#ownerOf}), not the one it reports.
 */
@ApplicationScoped
public class PluginDeclarations {

    private static final Logger LOG = Logger.getLogger(PluginDeclarations.class.getName());

    @Inject
    PluginRegistry registry;

    /** Declarations of enabled plugins. */
    public <T extends Extension, R> List<R> enabled(Class<T> type, Function<? super T, ? extends Collection<? extends R>> call,
                                                   Function<? super R, String> id) {
        return read(registry.extensions(type), type, call, id);
    }

    /** Declarations of every installed, compatible plugin, enabled or not. */
    public <T extends Extension, R> List<R> installed(Class<T> type, Function<? super T, ? extends Collection<? extends R>> call,
                                                     Function<? super R, String> id) {
        return read(registry.declaredBy(type), type, call, id);
    }

    private <T extends Extension, R> List<R> read(List<T> providers, Class<T> type,
                                                        Function<? super T, ? extends Collection<? extends R>> call,
                                                        Function<? super R, String> id) {
        List<R> result = new ArrayList<>();
        for (T provider : providers) {
            String owner = registry.ownerOf(provider);
            try {
                Collection<? extends R> declared = call.apply(provider);
                if (declared == null) {
                    continue;
                }
                for (R item : declared) {
                    if (item != null && ownedBy(owner, id.apply(item))) {
                        result.add(item);
                    } else if (item != null) {
                        LOG.warning(() -> "Plugin " + owner + " declared " + id.apply(item)
                                + " outside its own name space: ignored");
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Plugin " + owner + ": " + type.getSimpleName() + " failed; its declarations are skipped");
            }
        }
        return result;
    }

    /** The plugin a provider belongs to, by its archive: what {@code call} should compare, not {@code pluginId()}. */
    public String ownerOf(Extension provider) {
        return registry.ownerOf(provider);
    }

    /** Whether a declared id ({@code "<plugin id>.<name>"}) belongs to the plugin. */
    static boolean ownedBy(String pluginId, String declaredId) {
        return declaredId != null && declaredId.startsWith(pluginId + ".");
    }
}
