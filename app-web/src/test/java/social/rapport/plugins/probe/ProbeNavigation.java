package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.platform.Viewer;

/** Adds "Probe" to the menu, for signed-in members only. */
@ApplicationScoped
public class ProbeNavigation implements NavigationContributor {

    @Override
    public String pluginId() {
        return ProbePlugin.ID;
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        return viewer.signedIn() ? List.of(new NavEntry("Probe", "/p/probe/index.xhtml", 50)) : List.of();
    }
}
