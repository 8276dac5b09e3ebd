package social.rapport.spi.page;

import java.util.List;
import java.util.Locale;
import social.rapport.spi.Extension;

/**
 * Pages SPI: the access rules of a plugin's pages under {@code /p/<id>/} and the pages it adds to
 * the admin area. The core enforces the rules before a page runs (anonymous: sign in; wrong role:
 * 403; plugin disabled: 404), so a plugin writes no guard of its own. Rules for paths outside the
 * plugin's own folder are ignored.
 */
public interface PageProvider extends Extension {

    /** The access rules of the plugin's pages. */
    List<PageRule> pages();

    /** Tabs for the admin area, labelled in {@code locale}. */
    default List<AdminPage> adminPages(Locale locale) {
        return List.of();
    }
}
