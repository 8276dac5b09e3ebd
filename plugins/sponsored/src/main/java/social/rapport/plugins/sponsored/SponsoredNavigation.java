package social.rapport.plugins.sponsored;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.platform.Viewer;

/** "Advertise" for signed-in members (apply, or manage campaigns), "Ad review" for admins. */
@ApplicationScoped
public class SponsoredNavigation implements NavigationContributor {

    @Override
    public String pluginId() {
        return SponsoredPlugin.ID;
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        List<NavEntry> entries = new ArrayList<>();
        entries.add(new NavEntry(SponsoredText.get(viewer.locale(), "sponsored.nav"), "/p/sponsored/index.xhtml", 40));
        if (viewer.admin()) {
            entries.add(new NavEntry(SponsoredText.get(viewer.locale(), "sponsored.nav.admin"), "/p/sponsored/admin/index.xhtml", 90));
        }
        return entries;
    }
}
