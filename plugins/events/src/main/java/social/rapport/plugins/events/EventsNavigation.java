package social.rapport.plugins.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.platform.Viewer;

/** "Events" in the main menu, for signed-in members. Stateless, so thread-safe. */
@ApplicationScoped
public class EventsNavigation implements NavigationContributor {

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        return List.of(new NavEntry(EventsText.get(viewer.locale(), "events.nav"), "/p/events/index.xhtml", 20));
    }
}
