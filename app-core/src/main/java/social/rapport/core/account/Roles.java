package social.rapport.core.account;

/** The roles of the application; the identity store returns them as groups. */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
