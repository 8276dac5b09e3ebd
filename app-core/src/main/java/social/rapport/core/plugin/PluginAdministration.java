package social.rapport.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Caller;
import social.rapport.core.account.Member;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.Plugin;

/** What the admin area does with plugins: list them and switch them on and off. Admins only. */
@ApplicationScoped
@Transactional
public class PluginAdministration {

    @Inject
    PluginRegistry registry;

    @Inject
    PluginStates states;

    @Inject
    PluginCalls calls;

    @Inject
    RequestPluginStates requestStates;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    public List<PluginInfo> list() {
        caller.requireAdmin();
        return registry.installed().stream().map(this::info).toList();
    }

    /**
     * Enables or disables a plugin; takes effect at once and is recorded (who, when, what).
     *
     * @throws Refusal for an unknown plugin, or when enabling one that needs an SPI version the core lacks
     */
    public void setEnabled(String pluginId, boolean enabled) {
        Member admin = caller.requireAdmin();
        Plugin plugin = registry.installed(pluginId)
                .orElseThrow(() -> new Refusal("plugin", "admin.plugins.unknown"));
        if (enabled && !PluginRegistry.compatible(plugin)) {
            throw new Refusal("plugin", "admin.plugins.incompatible");
        }
        states.change(pluginId, enabled, admin.getId());
        requestStates.forget(); // the rest of this request (the admin page) sees the change too
    }

    private PluginInfo info(Plugin plugin) {
        boolean compatible = PluginRegistry.compatible(plugin);
        Optional<PluginState> state = states.find(plugin.id());
        String changedBy = state.map(PluginState::changedBy)
                .flatMap(accounts::find)
                .map(Member::getDisplayName)
                .orElse(null);
        return new PluginInfo(plugin.id(), plugin.name(), plugin.description(), plugin.version(), plugin.spiVersion(),
                compatible, compatible && state.map(PluginState::enabled).orElse(false),
                state.filter(s -> s.changedBy() != null).map(PluginState::changedAt).orElse(null), changedBy,
                calls.failureCount(plugin.id()));
    }
}
