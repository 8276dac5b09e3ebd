package social.rapport.plugins.sponsored;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import social.rapport.plugins.sponsored.advertiser.AdvertiserCapability;
import social.rapport.spi.page.AdminPage;
import social.rapport.spi.page.PageAccess;
import social.rapport.spi.page.PageProvider;
import social.rapport.spi.page.PageRule;

/**
 * Who opens which page, enforced by the core: the ad library and its images are public, the admin folder is for
 * admins (also a tab in the admin area), the campaign pages are for holders of the capability
 * {@code sponsored.advertiser} (their services check it again), everything else is for members.
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
                PageRule.of("/p/sponsored/image", PageAccess.PUBLIC), // the library shows images; CreativeImages decides whose
                PageRule.of("/p/sponsored/admin/", PageAccess.ADMIN),
                PageRule.capability("/p/sponsored/edit", AdvertiserCapability.ID),
                PageRule.capability("/p/sponsored/campaign", AdvertiserCapability.ID),
                PageRule.capability("/p/sponsored/report.csv", AdvertiserCapability.ID),
                PageRule.of("/p/sponsored/", PageAccess.MEMBERS));
    }

    @Override
    public List<AdminPage> adminPages(Locale locale) {
        return List.of(new AdminPage(SponsoredText.get(locale, "sponsored.nav.admin"), "/p/sponsored/admin/index.xhtml", 50));
    }
}
