package social.rapport.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URL;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import social.rapport.spi.Plugin;

/**
 * Which plugin an extension belongs to, decided by the archive (jar) that contains its class,
 * not by the id it reports: an extension in a plugin's jar belongs to that plugin, and one in the
 * core's jar to the core. Only an archive that ships several plugins lets {@code pluginId()} choose
 * among them. An extension whose archive ships no plugin, or which names a plugin its archive does
 * not ship (say, {@code core}), belongs to nobody and is never handed out.
 */
@ApplicationScoped
public class ExtensionOwners {

    private static final Logger LOG = Logger.getLogger(ExtensionOwners.class.getName());

    @Inject
    @Any
    Instance<Plugin> plugins;

    private final Map<Class<?>, Optional<String>> owners = new ConcurrentHashMap<>();
    private volatile Map<String, Set<String>> pluginsByArchive;

    /** The owner of the bean class {@code beanClass} that reports {@code claimed}; empty: nobody's. */
    Optional<String> ownerOf(Class<?> beanClass, String claimed) {
        return owners.computeIfAbsent(beanClass, type -> decide(type, claimed));
    }

    private Optional<String> decide(Class<?> type, String claimed) {
        String archive = archiveOf(type);
        if (archive == null) {
            LOG.warning(() -> "The archive of extension " + type.getName() + " is unknown: trusting its plugin id " + claimed);
            return Optional.ofNullable(claimed);
        }
        if (archive.equals(archiveOf(ExtensionOwners.class))) {
            return Optional.of(PluginRegistry.CORE);
        }
        Set<String> shipped = pluginsByArchive().getOrDefault(archive, Set.of());
        if (shipped.size() == 1) {
            String owner = shipped.iterator().next();
            if (!owner.equals(claimed)) {
                LOG.warning(() -> "Extension " + type.getName() + " reports plugin '" + claimed + "' but ships in the archive of plugin '"
                        + owner + "': it belongs to '" + owner + "'");
            }
            return Optional.of(owner);
        }
        if (shipped.contains(claimed)) {
            return Optional.of(claimed);
        }
        LOG.warning(() -> "Extension " + type.getName() + " reports plugin '" + claimed + "', which its archive " + archive
                + " does not ship: it is never called");
        return Optional.empty();
    }

    private Map<String, Set<String>> pluginsByArchive() {
        Map<String, Set<String>> known = pluginsByArchive;
        if (known == null) {
            known = new HashMap<>();
            for (Instance.Handle<Plugin> plugin : plugins.handles()) {
                String archive = archiveOf(plugin.getBean().getBeanClass());
                if (archive != null) {
                    known.computeIfAbsent(archive, a -> new HashSet<>()).add(plugin.get().id());
                }
            }
            pluginsByArchive = known;
        }
        return known;
    }

    /** The jar or class folder a class was loaded from ({@code jar:file:/x.jar!/...} and {@code file:/x.jar} alike); null if unknown. */
    static String archiveOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return null;
        }
        String archive = location.toExternalForm();
        if (archive.startsWith("jar:")) {
            archive = archive.substring(4);
        }
        int inside = archive.indexOf("!/");
        return inside >= 0 ? archive.substring(0, inside) : archive;
    }
}
