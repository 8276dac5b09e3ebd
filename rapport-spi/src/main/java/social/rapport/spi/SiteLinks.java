package social.rapport.spi;

/** Links a plugin hands to the core (navigation entries, notices, admin tabs) must stay on this site. */
public final class SiteLinks {

    /**
     * Whether {@code link} is an application-relative path: starts with one {@code /}, not
     * {@code //host} (another site), without a backslash or a control character.
     */
    public static boolean isSameSitePath(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.indexOf('\\') >= 0) {
            return false;
        }
        return link.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** @throws IllegalArgumentException unless {@link #isSameSitePath} */
    public static String requireSameSitePath(String link, String what) {
        if (!isSameSitePath(link)) {
            throw new IllegalArgumentException(what + " must be an application-relative path on this site: " + link);
        }
        return link;
    }

    private SiteLinks() {
    }
}
