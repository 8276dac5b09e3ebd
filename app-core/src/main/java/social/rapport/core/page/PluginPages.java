package social.rapport.core.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import social.rapport.core.plugin.PluginDeclarations;
import social.rapport.spi.page.AdminPage;
import social.rapport.spi.page.PageProvider;
import social.rapport.spi.page.PageRule;

/** What enabled plugins declare about their pages: access rules and admin tabs. */
@ApplicationScoped
public class PluginPages {

    @Inject
    PluginDeclarations declarations;

    /** The rule that governs {@code path} of an enabled plugin. */
    public PageRule ruleFor(String pluginId, String path) {
        List<PageRule> rules = declarations.enabled(PageProvider.class,
                p -> declarations.ownerOf(p).equals(pluginId) ? p.pages() : List.<PageRule>of(), r -> pluginId + "." + r.path());
        return PageAccessRules.ruleFor(pluginId, path, rules);
    }

    /** The admin tabs of enabled plugins, each under its plugin's {@code /p/<id>/admin/}, by order. */
    public List<AdminPage> adminTabs(Locale locale) {
        return declarations.enabled(PageProvider.class, p -> p.adminPages(locale), a -> PageAccessRules.pluginOf(a.href()) + ".")
                .stream().sorted(Comparator.comparingInt(AdminPage::order)).toList();
    }
}
