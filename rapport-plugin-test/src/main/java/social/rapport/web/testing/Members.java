package social.rapport.web.testing;

import java.net.URI;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/** Members the integration tests sign in as. */
public final class Members {

    /** Named in arquillian.xml's rapport.admin.emails. */
    public static final String ADMIN = "admin@rapport.test";
    public static final String PASSWORD = "a long and personal passphrase";

    private Members() {
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A browser session signed in as the configured admin (signing them up the first time). */
    public static WebSession admin(URI base) throws SQLException {
        WebSession admin = new WebSession(base);
        if (Db.number("select count(*) from member where email = ?", ADMIN) == 0) {
            admin.signUp(ADMIN, "Ada Admin", PASSWORD);
        }
        signIn(admin, ADMIN);
        return admin;
    }

    /** A browser session signed in as a new member. */
    public static WebSession newMember(URI base, String name) {
        WebSession member = new WebSession(base);
        String email = uniqueEmail(name.toLowerCase());
        member.signUp(email, name, PASSWORD);
        signIn(member, email);
        return member;
    }

    private static void signIn(WebSession session, String email) {
        WebSession.Page page = session.signIn(email, PASSWORD);
        if (!page.uri().getPath().equals("/home")) {
            throw new AssertionError("could not sign in as " + email + ": " + page.text());
        }
        forgetSignInAttempts(email);
    }

    /** Marks the address verified, as opening the verification link would (no-op for unknown addresses). */
    public static void markVerified(String email) {
        try {
            Db.execute("update member set email_verified_at = now() where email = ? and email_verified_at is null",
                    email.strip().toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tests sign many members in from one address (127.0.0.1), across test classes that share the
     * database: this member's attempts are moved out of the per-address minute so that they do not
     * count against the next sign-ins. Touches only this email's rows.
     */
    public static void forgetSignInAttempts(String email) {
        try {
            Db.execute("update sign_in_attempt set attempted_at = attempted_at - interval '2 minutes' where email = ?",
                    email.strip().toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
