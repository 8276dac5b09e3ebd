package social.rapport.spi.page;

import java.util.Objects;

/**
 * The access of the plugin pages under one path.
 *
 * @param path       application-relative path prefix under the plugin's {@code /p/<id>/}, e.g.
 *                   {@code /p/sponsored/campaigns/}; the longest matching prefix wins, and a plugin
 *                   page no rule covers is for {@link PageAccess#MEMBERS}
 * @param access     who may open them
 * @param capability the capability required when {@code access} is {@link PageAccess#CAPABILITY}, else null
 */
public record PageRule(String path, PageAccess access, String capability) {

    public PageRule {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        if (!path.startsWith("/p/")) {
            throw new IllegalArgumentException("a plugin page path starts with /p/<plugin id>/: " + path);
        }
        if ((access == PageAccess.CAPABILITY) != (capability != null)) {
            throw new IllegalArgumentException("a capability is named exactly when access is CAPABILITY: " + path);
        }
    }

    public static PageRule of(String path, PageAccess access) {
        return new PageRule(path, access, null);
    }

    public static PageRule capability(String path, String capability) {
        return new PageRule(path, PageAccess.CAPABILITY, capability);
    }
}
