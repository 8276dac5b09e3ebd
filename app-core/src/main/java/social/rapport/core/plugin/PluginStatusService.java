package social.rapport.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import social.rapport.spi.platform.PluginStatus;

/** The {@link PluginStatus} platform service, answered by the registry. */
@ApplicationScoped
public class PluginStatusService implements PluginStatus {

    @Inject
    PluginRegistry registry;

    @Override
    public boolean isEnabled(String pluginId) {
        return registry.isEnabled(pluginId);
    }
}
