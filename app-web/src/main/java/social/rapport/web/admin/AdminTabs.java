package social.rapport.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import social.rapport.core.page.PluginPages;
import social.rapport.spi.page.AdminPage;
import social.rapport.web.platform.Messages;

/**
 * The admin area's tabs: the core's, then those of enabled plugins ({@code PageProvider#adminPages}),
 * so a plugin adds an admin page without a core edit.
 */
@Named
@RequestScoped
public class AdminTabs {

    @Inject
    PluginPages pages;

    /**
     * One tab.
     *
     * @param id   "plugins", "members", ... for the core's; the plugin's href for a plugin's
     * @param href application-relative
     */
    public record Tab(String id, String label, String href, boolean plugin) {
        /** The element id: {@code tab-<id>}, with a plugin tab's path turned into dashes. */
        public String elementId() {
            return "tab-" + (plugin ? href.substring(3).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+$", "") : id);
        }
    }

    private List<Tab> tabs;

    public List<Tab> getTabs() {
        if (tabs == null) {
            tabs = new ArrayList<>();
            tabs.add(new Tab("plugins", Messages.text("admin.plugins.title"), "/admin/plugins", false));
            tabs.add(new Tab("members", Messages.text("admin.members.title"), "/admin/members", false));
            tabs.add(new Tab("capabilities", Messages.text("admin.capabilities.title"), "/admin/capabilities", false));
            tabs.add(new Tab("reports", Messages.text("network.admin.reports.title"), "/admin/reports", false));
            tabs.add(new Tab("feed", Messages.text("feed.policy.title"), "/admin/feed", false));
            for (AdminPage page : pages.adminTabs(Faces.getLocale())) {
                tabs.add(new Tab(page.href(), page.label(), page.href(), true));
            }
        }
        return tabs;
    }
}
