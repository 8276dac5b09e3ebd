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
        return List.of(new NavEntry("Faulty but working", "/p/faulty/index.xhtml", 70));
    }
}
