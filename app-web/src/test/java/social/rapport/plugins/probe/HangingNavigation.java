package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.TimeUnit;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.platform.Viewer;

/** Hangs far beyond any budget; the core must give up on it and serve the page. */
@ApplicationScoped
public class HangingNavigation implements NavigationContributor {

    @Override
    public String pluginId() {
        return FaultyPlugin.ID;
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        try {
            TimeUnit.SECONDS.sleep(60);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of(new NavEntry("Too late", "/p/faulty/late", 60));
    }
}
