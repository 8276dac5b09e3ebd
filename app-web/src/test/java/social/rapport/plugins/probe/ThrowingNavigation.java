package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.platform.Viewer;

@ApplicationScoped
public class ThrowingNavigation implements NavigationContributor {

    @Override
    public String pluginId() {
        return FaultyPlugin.ID;
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        throw new IllegalStateException("a plugin bug");
    }
}
