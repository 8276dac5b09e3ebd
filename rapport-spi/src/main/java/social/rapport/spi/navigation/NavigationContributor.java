package social.rapport.spi.navigation;

import social.rapport.spi.Extension;
import social.rapport.spi.platform.Viewer;

import java.util.List;

/** Navigation SPI: entries a plugin adds to the main menu. */
public interface NavigationContributor extends Extension {

    /** The entries for this viewer; empty when the plugin has nothing to offer them. */
    List<NavEntry> entries(Viewer viewer);
}
