package social.rapport.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import social.rapport.core.plugin.PluginAdministration;
import social.rapport.core.plugin.PluginInfo;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /admin/plugins}: every installed plugin, its state and last change, and the switch. */
@Named
@ViewScoped
public class AdminPlugins implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginAdministration administration;

    private List<PluginInfo> plugins;

    public void load() {
        plugins = administration.list();
    }

    public List<PluginInfo> getPlugins() {
        return plugins;
    }

    public String enable(String pluginId) {
        return change(pluginId, true);
    }

    public String disable(String pluginId) {
        return change(pluginId, false);
    }

    private String change(String pluginId, boolean enabled) {
        try {
            administration.setEnabled(pluginId, enabled);
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            load();
            return null;
        }
        Messages.flash(enabled ? "admin.plugins.enabled" : "admin.plugins.disabled", pluginId);
        // a redirect, so that the menu in the header is rebuilt with the new state
        return "/admin/plugins?faces-redirect=true";
    }
}
