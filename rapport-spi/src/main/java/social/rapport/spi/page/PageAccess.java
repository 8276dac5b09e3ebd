package social.rapport.spi.page;

/** Who may open a plugin page. The core checks it before the page runs. */
public enum PageAccess {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Signed-in members; anonymous visitors are sent to sign in. */
    MEMBERS,
    /** Members holding {@link PageRule#capability()}; others get the 403 page. */
    CAPABILITY,
    /** Admins only; others get the 403 page. */
    ADMIN
}
