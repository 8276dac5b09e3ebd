package social.rapport.web.navigation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.navigation.NavigationContributor;
import social.rapport.web.platform.LocaleSelection;

/** {@code #{navigation.pluginEntries}}: what enabled plugins add to the menu, each call isolated. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    PluginCalls calls;

    @Inject
    Caller caller;

    @Inject
    LocaleSelection locale;

    private List<NavEntry> pluginEntries;

    public List<NavEntry> getPluginEntries() {
        if (pluginEntries == null) {
            var viewer = caller.viewer(locale.getLocale());
            pluginEntries = calls.<NavigationContributor, NavEntry>collect(NavigationContributor.class, c -> c.entries(viewer))
                    .stream()
                    .sorted(Comparator.comparingInt(NavEntry::order))
                    .toList();
        }
        return pluginEntries;
    }
}
