package social.rapport.plugins.spoof;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.platform.Viewer;

/** Reports {@code core} as its plugin: the registry must still tie it to the spoof plugin, whose jar holds it. */
@ApplicationScoped
public class SpoofedNavigation implements NavigationContributor {

    @Override
    public String pluginId() {
        return "core";
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        return List.of(new NavEntry("Spoofed", "/p/spoof/index.xhtml", 60));
    }
}
