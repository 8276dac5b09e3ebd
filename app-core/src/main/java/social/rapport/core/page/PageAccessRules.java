package social.rapport.core.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import social.rapport.spi.page.PageAccess;
import social.rapport.spi.page.PageRule;

/**
 * Which rule governs a plugin page: everything under {@code /p/<id>/admin/} is for admins whatever
 * the plugin says; otherwise the longest matching prefix among the plugin's own rules; a page no
 * rule covers is for members.
 */
public final class PageAccessRules {

    public static PageRule ruleFor(String pluginId, String path, List<PageRule> rules) {
        String own = "/p/" + pluginId + "/";
        if (path.startsWith(own + "admin/") || path.equals(own + "admin")) {
            return PageRule.of(own + "admin/", PageAccess.ADMIN);
        }
        Optional<PageRule> match = rules.stream()
                .filter(r -> r.path().startsWith(own))
                .filter(r -> path.startsWith(r.path()))
                .max(Comparator.comparingInt(r -> r.path().length()));
        return match.orElse(PageRule.of(own, PageAccess.MEMBERS));
    }

    /** The plugin id of a path under {@code /p/}, or empty. */
    public static String pluginOf(String path) {
        if (!path.startsWith("/p/")) {
            return "";
        }
        String rest = path.substring(3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private PageAccessRules() {
    }
}
