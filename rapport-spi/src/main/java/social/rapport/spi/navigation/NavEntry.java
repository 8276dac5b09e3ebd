package social.rapport.spi.navigation;

import java.util.Objects;
import social.rapport.spi.SiteLinks;

/**
 * One entry in the main navigation.
 *
 * @param label the text shown, already in the viewer's language
 * @param href  an application-relative link, for example {@code /p/events/}
 * @param order position among the plugins' entries, which follow the core's; lower comes first
 */
public record NavEntry(String label, String href, int order) {

    public NavEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
        SiteLinks.requireSameSitePath(href, "href");
    }
}
