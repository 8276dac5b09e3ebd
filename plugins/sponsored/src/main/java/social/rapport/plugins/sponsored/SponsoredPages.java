package social.rapport.plugins.sponsored;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.spi.page.AdminPage;
import social.rapport.spi.page.PageAccess;
import social.rapport.spi.page.PageProvider;
import social.rapport.spi.page.PageRule;

/**
 * Who opens which page, enforced by the core: the ad library is public, the admin folder is for
 * admins (also a tab in the admin area), everything else is for members. Advertiser pages are
 * member pages whose service refuses anyone who is not an approved advertiser (the application
 * with organisation and payer lives in the plugin, see {@code advertiser}).
 */
@ApplicationScoped
public class SponsoredPages implements PageProvider {

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.of("/p/sponsored/library", PageAccess.PUBLIC),
                PageRule.of("/p/sponsored/admin/", PageAccess.ADMIN),
                PageRule.of("/p/sponsored/", PageAccess.MEMBERS));
    }

    @Override
    public List<AdminPage> adminPages(Locale locale) {
        return List.of(new AdminPage(SponsoredText.get(locale, "sponsored.nav.admin"), "/p/sponsored/admin/index.xhtml", 50));
    }
}
