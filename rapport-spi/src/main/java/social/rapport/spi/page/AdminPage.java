package social.rapport.spi.page;

import java.util.Objects;

/**
 * A page a plugin adds to the admin area, shown as a tab next to the core's.
 *
 * @param label what the tab says, in the viewer's language
 * @param href  application-relative link under {@code /p/<plugin id>/admin/}; the core lets only
 *              admins reach every page under that folder, whatever the plugin's rules say
 * @param order position among the plugins' tabs, which follow the core's
 */
public record AdminPage(String label, String href, int order) {

    public AdminPage {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
        if (!social.rapport.spi.SiteLinks.isSameSitePath(href) || !href.startsWith("/p/") || !href.matches("/p/[a-z][a-z0-9-]*/admin/.*")) {
            throw new IllegalArgumentException("an admin page lives under /p/<plugin id>/admin/: " + href);
        }
    }
}
