package social.rapport.core.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

/**
 * At deployment, after the migrations: gives every newly installed plugin its state row.
 * A new plugin starts disabled unless the operator sets {@code rapport.plugins.<id>.enabled=true};
 * after that, the admin area decides, and the row survives restarts.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class PluginBootstrap {

    private static final Logger LOG = Logger.getLogger(PluginBootstrap.class.getName());

    @Inject
    PluginRegistry registry;

    @Inject
    PluginStates states;

    @Inject
    Config config;

    @PostConstruct
    void registerInstalledPlugins() {
        for (Plugin plugin : registry.installed()) {
            boolean initially = config.getOptionalValue("rapport.plugins." + plugin.id() + ".enabled", Boolean.class)
                    .orElse(false);
            states.registerIfAbsent(plugin.id(), initially);
            if (!PluginRegistry.compatible(plugin)) {
                LOG.warning(() -> "Plugin " + plugin.id() + " needs SPI version " + plugin.spiVersion()
                        + " but this core offers " + SpiVersion.OLDEST_SUPPORTED + ".." + SpiVersion.CURRENT
                        + "; it stays off");
            }
        }
        LOG.info(() -> "Installed plugins: " + registry.installed().stream().map(Plugin::id).toList());
    }
}
