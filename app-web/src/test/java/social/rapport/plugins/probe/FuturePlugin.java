package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;
import social.rapport.spi.platform.Viewer;

/** Written against an SPI version this core does not offer: shown as incompatible, never run. */
@ApplicationScoped
public class FuturePlugin implements Plugin {

    public static final String ID = "future";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "From the future";
    }

    @Override
    public String description() {
        return "A test plugin that needs a newer core.";
    }

    @Override
    public String version() {
        return "9.0.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT + 1;
    }

    /** Its menu entry, which must never appear. */
    @ApplicationScoped
    public static class FutureNavigation implements NavigationContributor {

        @Override
        public String pluginId() {
            return ID;
        }

        @Override
        public List<NavEntry> entries(Viewer viewer) {
            return List.of(new NavEntry("Future", "/p/future/index.xhtml", 80));
        }
    }
}
