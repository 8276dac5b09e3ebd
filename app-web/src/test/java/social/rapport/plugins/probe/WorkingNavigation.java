package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.platform.Viewer;

/** The faulty plugin's one sound extension: isolation is per implementation, not per plugin. */
@ApplicationScoped
public class WorkingNavigation implements NavigationContributor {

    @Override
    public String pluginId() {
        return FaultyPlugin.ID;
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        // a null entry next to a good one: the core drops (and counts) the null, keeps the rest
        return java.util.Arrays.asList(null, new NavEntry("Faulty but working", "/p/faulty/index.xhtml", 70));
    }
}
