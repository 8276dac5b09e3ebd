package social.rapport.spi.platform;

/**
 * Platform service: who is asking, for a plugin's own pages and actions (extension points receive
 * the {@link Viewer} as a parameter instead). The member id is the one a plugin stores.
 */
public interface CurrentViewer {

    /** The viewer of the current request: a signed-in member or an anonymous visitor. */
    Viewer get();

    /** The signed-in member's id; throws {@link SecurityException} for an anonymous visitor. */
    default long requireMember() {
        Viewer viewer = get();
        if (!viewer.signedIn()) {
            throw new SecurityException("Sign in first");
        }
        return viewer.memberId();
    }
}
