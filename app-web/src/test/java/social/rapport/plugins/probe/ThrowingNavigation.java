package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.spi.NavEntry;
import social.rapport.spi.NavigationContributor;
import social.rapport.spi.Viewer;

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
