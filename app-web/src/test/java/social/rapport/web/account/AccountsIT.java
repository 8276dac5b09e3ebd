package social.rapport.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.security.SecurityTestTrigger;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * Accounts and sign-in on the real WAR in Payara Micro against PostgreSQL: sign-up rules,
 * password hashing, sign-in messages, session handling, throttling, roles and health.
 */
@RapportIT
@RunAsClient
class AccountsIT {

    static final String PASSWORD = Members.PASSWORD;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins().addClass(SecurityTestTrigger.class);
    }

    @Test
    void signInPruningDeletesWhatIsNoLongerNeededAndTwoPassesAtOnceAgree() throws Exception {
        String email = unique("pruned");
        Db.execute("insert into sign_in_attempt (email, address, outcome, attempted_at) values "
                + "(?, '198.51.100.9', 'FAILED', now() - interval '25 hours'), (?, '198.51.100.9', 'LOCKED', now() - interval '2 days'), "
                + "(?, '198.51.100.9', 'FAILED', now() - interval '1 hour'), (?, '198.51.100.9', 'SUCCEEDED', now() - interval '10 days'), "
                + "(?, '198.51.100.9', 'SUCCEEDED', now() - interval '31 days')", email, email, email, email, email);
        Db.execute("insert into sign_in_lock (email, address, locked_until, strikes) values "
                + "(?, '198.51.100.9', now() - interval '25 hours', 1), (?, '198.51.100.10', now() + interval '10 minutes', 1)", email, email);

        String answer = browser().get("test/security?run=sign-in-pruning-twice").body().strip();
        String[] each = answer.split(",");
        assertThat(Integer.parseInt(each[0]) + Integer.parseInt(each[1])).as(answer).isEqualTo(4);
        assertThat(Db.number("select count(*) from sign_in_attempt where email = ? and outcome = 'FAILED' and attempted_at > now() - interval '1 day'",
                email)).isOne();
        assertThat(Db.number("select count(*) from sign_in_attempt where email = ? and outcome = 'SUCCEEDED'", email)).isOne();
        assertThat(Db.number("select count(*) from sign_in_attempt where email = ?", email)).isEqualTo(2);
        assertThat(Db.text("select address from sign_in_lock where email = ?", email)).isEqualTo("198.51.100.10");
        assertThat(Db.number("select count(*) from sign_in_lock where email = ?", email)).isOne();
    }

    WebSession browser() throws Exception {
        return new WebSession(base.toURI());
    }

    static String unique(String name) {
        return Members.uniqueEmail(name);
    }

    @BeforeEach
    @AfterEach
    void forgetAttemptsFromThisMachine() throws SQLException {
        // Every test signs in from 127.0.0.1; start each with a clean per-address count.
        Db.execute("delete from sign_in_attempt");
        Db.execute("delete from sign_in_lock");
    }

    @Test
    void signUpStoresTheMemberWithAPbkdf2HashNeverThePassword() throws Exception {
        String email = unique("Ana.Rossi");
        Page page = browser().signUp("  " + email.toUpperCase() + " ", "Ana Rossi", PASSWORD);

        assertThat(page.uri().getPath()).isEqualTo("/signin");
        assertThat(page.text()).contains("Check your email");
        String hash = Db.text("select password_hash from member where email = ?", email.toLowerCase());
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(PASSWORD);
        assertThat(Db.text("select display_name from member where email = ?", email.toLowerCase())).isEqualTo("Ana Rossi");
    }

    @Test
    void signUpsPerAddressAreRateLimited() throws Exception {
        // the tests sign up many members from one address, so arquillian.xml allows 1,000 an hour (the default is 10)
        Db.execute("insert into rate_limit_event (action, actor, at) select 'SIGN_UP', '198.51.100.70', now() from generate_series(1, 1000)");
        Page refused = from("198.51.100.70").signUp(unique("eleventh"), "Eleventh", PASSWORD);
        assertThat(refused.errors()).contains("Many accounts were created from your address");
        assertThat(from("198.51.100.71").signUp(unique("elsewhere"), "Elsewhere", PASSWORD).text()).contains("Check your email: we sent a link to confirm your address");
    }

    @Test
    void signUpRefusesBadInputWithAMessageAndStoresNothing() throws Exception {
        String taken = unique("taken");
        browser().signUp(taken, "First", PASSWORD);
        // a taken address is not refused: see AccountMailIT (the same answer, a mail to its owner)
        long before = Db.number("select count(*) from member");

        assertRefused(browser().signUp("not-an-email", "Name", PASSWORD), "does not look like an email");
        assertRefused(browser().signUp(unique("short"), "Name", "short pw"), "at least 12 characters");
        assertRefused(browser().signUp(unique("common"), "Name", "Password1234"), "too common");
        assertRefused(browser().signUp(unique("noname"), "   ", PASSWORD), "Enter your name");
        assertRefused(browser().signUp(unique("longname"), "x".repeat(101), PASSWORD), "at most 100 characters");
        assertRefused(browser().signUp("a".repeat(250) + "@example.org", "Name", PASSWORD), "at most 254 characters");
        assertRefused(browser().signUp(unique("longpw"), "Name", "p".repeat(129)), "at most 128 characters");

        assertThat(Db.number("select count(*) from member")).isEqualTo(before);
    }

    private static void assertRefused(Page page, String message) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/signup");
        assertThat(page.errors()).contains(message);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessage() throws Exception {
        String email = unique("bruno");
        browser().signUp(email, "Bruno", PASSWORD);

        Page wrongPassword = browser().signIn(email, "not the right passphrase");
        Page unknownEmail = browser().signIn(unique("nobody"), PASSWORD);

        assertThat(wrongPassword.errors()).isEqualTo("Email or password is wrong.");
        assertThat(unknownEmail.errors()).isEqualTo(wrongPassword.errors());
        assertThat(wrongPassword.uri().getPath()).isEqualTo("/signin");
    }

    @Test
    void signInChangesTheSessionIdAndTheCookieIsHttpOnlyAndLax() throws Exception {
        String email = unique("carla");
        WebSession browser = browser();
        browser.signUp(email, "Carla", PASSWORD);
        Page signInPage = browser.get("signin");
        String before = browser.cookie("JSESSIONID").orElseThrow();

        Page home = browser.submit(signInPage, "signin", Map.of("email", email, "password", PASSWORD), "submit");

        assertThat(home.uri().getPath()).isEqualTo("/home");
        assertThat(home.byId("welcome").orElseThrow().text()).contains("Carla");
        assertThat(browser.cookie("JSESSIONID").orElseThrow()).isNotEqualTo(before);

        WebSession fresh = browser();
        Page first = fresh.get("signin");
        assertThat(WebSession.setCookies(first)).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theLandingPageGivesAVisitorNoSessionUntilTheyPickALanguage() throws Exception {
        WebSession visitor = browser();
        Page landing = visitor.get("");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.byId("landing-signup")).isPresent();
        // no session cookie of any kind (JSESSIONID, or a cookie of the same family such as JSESSIONIDVERSION)
        assertThat(WebSession.setCookies(landing)).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(visitor.cookie("JSESSIONID")).isEmpty();

        // the language switch still posts from the stateless page, and the choice then needs a session
        Element form = landing.document().getElementById("language");
        StringBuilder body = new StringBuilder();
        for (Element input : form.select("input[name]")) {
            body.append(URLEncoder.encode(input.attr("name"), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(input.val(), StandardCharsets.UTF_8)).append('&');
        }
        body.append("language%3Ait=language%3Ait");
        Page italian = visitor.send(HttpRequest.newBuilder(landing.uri().resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(italian.status()).isEqualTo(200);
        assertThat(italian.document().selectFirst("html").attr("lang")).isEqualTo("it");
        assertThat(visitor.cookie("JSESSIONID")).isPresent();
        assertThat(visitor.get("signin").document().selectFirst("h1").text()).isEqualTo("Accedi");
    }

    @Test
    void membersPagesNeedSignInAndSignOutEndsTheSession() throws Exception {
        String email = unique("dario");
        WebSession browser = browser();
        assertThat(browser.get("home").uri().getPath()).isEqualTo("/signin");

        browser.signUp(email, "Dario", PASSWORD);
        browser.signIn(email, PASSWORD);
        assertThat(browser.get("home").uri().getPath()).isEqualTo("/home");

        Page afterSignOut = browser.signOut();
        assertThat(afterSignOut.uri().getPath()).isIn("/", "/index");
        assertThat(browser.get("home").uri().getPath()).isEqualTo("/signin");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndReplacesIt() throws Exception {
        String email = unique("elena");
        WebSession browser = browser();
        browser.signUp(email, "Elena", PASSWORD);
        browser.signIn(email, PASSWORD);
        String newPassword = "another long passphrase of mine";

        Page wrongCurrent = browser.submit(browser.get("account/password"), "password",
                Map.of("currentPassword", "not my password!", "newPassword", newPassword, "confirmation", newPassword), "submit");
        assertThat(wrongCurrent.errors()).contains("current password is wrong");

        Page mismatch = browser.submit(browser.get("account/password"), "password",
                Map.of("currentPassword", PASSWORD, "newPassword", newPassword, "confirmation", newPassword + "x"), "submit");
        assertThat(mismatch.errors()).contains("not the same");

        Page tooShort = browser.submit(browser.get("account/password"), "password",
                Map.of("currentPassword", PASSWORD, "newPassword", "short", "confirmation", "short"), "submit");
        assertThat(tooShort.errors()).contains("at least 12 characters");

        Page changed = browser.submit(browser.get("account/password"), "password",
                Map.of("currentPassword", PASSWORD, "newPassword", newPassword, "confirmation", newPassword), "submit");
        assertThat(changed.text()).contains("Your password has been changed");

        assertThat(browser().signIn(email, PASSWORD).errors()).isEqualTo("Email or password is wrong.");
        assertThat(browser().signIn(email, newPassword).uri().getPath()).isEqualTo("/home");
    }

    @Test
    void tenFailuresFromOneAddressPauseItEvenForTheRightPassword() throws Exception {
        String email = unique("fabio");
        browser().signUp(email, "Fabio", PASSWORD);
        for (int i = 1; i <= 9; i++) {
            assertThat(browser().signIn(email, "wrong passphrase " + i).errors()).isEqualTo("Email or password is wrong.");
        }
        assertThat(browser().signIn(email, "wrong passphrase 10").errors()).contains("paused for 15 minutes");

        Page rightButLocked = browser().signIn(email, PASSWORD);
        assertThat(rightButLocked.uri().getPath()).isEqualTo("/signin");
        assertThat(rightButLocked.errors()).contains("paused for 15 minutes");
        assertThat(Db.number("select count(*) from sign_in_lock where email = ? and locked_until > now() + interval '14 minutes'", email))
                .isEqualTo(1);

        // once the lock has passed, the right password works again
        Db.execute("update sign_in_lock set locked_until = now() - interval '1 second' where email = ?", email);
        assertThat(browser().signIn(email, PASSWORD).uri().getPath()).isEqualTo("/home");
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSignIn() throws Exception {
        String email = unique("enzo");
        WebSession browser = browser();
        browser.signUp(email, "Enzo", PASSWORD);
        browser.signIn(email, PASSWORD);
        String newPassword = "another long passphrase of mine";
        for (int i = 1; i <= 9; i++) {
            Page wrong = browser.submit(browser.get("account/password"), "password",
                    Map.of("currentPassword", "guess number " + i, "newPassword", newPassword, "confirmation", newPassword), "submit");
            assertThat(wrong.errors()).contains("current password is wrong");
        }
        Page tenth = browser.submit(browser.get("account/password"), "password",
                Map.of("currentPassword", "guess number 10", "newPassword", newPassword, "confirmation", newPassword), "submit");
        assertThat(tenth.errors()).contains("Too many wrong passwords");
        // even the right one is refused now, and the password stays as it was
        Page right = browser.submit(browser.get("account/password"), "password",
                Map.of("currentPassword", PASSWORD, "newPassword", newPassword, "confirmation", newPassword), "submit");
        assertThat(right.errors()).contains("Too many wrong passwords");
        Page overLong = browser.submit(browser.get("account/password"), "password",
                Map.of("currentPassword", "p".repeat(5000), "newPassword", newPassword, "confirmation", newPassword), "submit");
        assertThat(overLong.status()).isEqualTo(200);
        assertThat(from("198.51.100.50").signIn(email, PASSWORD).uri().getPath()).isEqualTo("/home");
    }

    @Test
    void failuresFromOneAddressDoNotKeepTheOwnerOutFromAnotherAndPausesGrow() throws Exception {
        String email = unique("flavia");
        browser().signUp(email, "Flavia", PASSWORD);
        for (int i = 1; i <= 10; i++) {
            from("198.51.100.10").signIn(email, "wrong passphrase " + i);
        }
        assertThat(from("198.51.100.10").signIn(email, PASSWORD).errors()).contains("paused for 15 minutes");

        // the owner, elsewhere, is not locked out by the attacker
        assertThat(from("198.51.100.20").signIn(email, PASSWORD).uri().getPath()).isEqualTo("/home");

        // once the first pause has passed, the next ten failures pause that address twice as long
        Db.execute("update sign_in_attempt set attempted_at = attempted_at - interval '1 minute' where email = ?", email);
        Db.execute("update sign_in_lock set locked_until = now() - interval '1 second' where email = ?", email);
        for (int i = 1; i <= 9; i++) {
            assertThat(from("198.51.100.10").signIn(email, "wrong again " + i).errors()).isEqualTo("Email or password is wrong.");
        }
        assertThat(from("198.51.100.10").signIn(email, "wrong again 10").errors()).contains("paused for 30 minutes");
    }

    @Test
    void aHundredFailuresFromManyAddressesPauseTheAccountExceptWhereTheOwnerSignedInBefore() throws Exception {
        String email = unique("gaia");
        browser().signUp(email, "Gaia", PASSWORD);
        assertThat(from("198.51.100.40").signIn(email, PASSWORD).uri().getPath()).isEqualTo("/home");
        // 99 failures spread over many addresses, as a botnet would send them
        Db.execute("insert into sign_in_attempt (email, address, outcome, attempted_at)"
                + " select ?, '203.0.113.' || (n % 200), 'FAILED', now() - interval '1 minute' from generate_series(1, 99) n", email);

        assertThat(from("198.51.100.41").signIn(email, "the hundredth failure").errors()).contains("paused for 15 minutes");
        assertThat(from("198.51.100.42").signIn(email, PASSWORD).errors()).contains("paused for 15 minutes");
        assertThat(from("198.51.100.40").signIn(email, PASSWORD).uri().getPath()).isEqualTo("/home");
    }

    @Test
    void anOverLongEmailOrPasswordIsRefusedWithoutA500AndStillCounts() throws Exception {
        String longEmail = "a".repeat(300) + "@example.org";
        for (int i = 1; i <= 15; i++) {
            Page page = browser().signIn(longEmail, PASSWORD);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.errors()).isEqualTo("Email or password is wrong.");
        }
        for (int i = 1; i <= 15; i++) {
            assertThat(browser().signIn(unique("longpw"), "p".repeat(5000)).errors()).isEqualTo("Email or password is wrong.");
        }
        assertThat(browser().signIn(longEmail, PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnBudget() throws Exception {
        String email = unique("greta");
        for (int i = 1; i <= 30; i++) {
            from("198.51.100.30").signIn(email, "attempt number " + i);
        }
        assertThat(from("198.51.100.30").signIn(email, "attempt number 31").status()).isEqualTo(429);
        // a spoofed hop on the left does not change who the proxy says is asking
        assertThat(from("192.0.2.1, 198.51.100.30").signIn(email, "attempt number 32").status()).isEqualTo(429);
        assertThat(from("198.51.100.31").signIn(email, "another client").status()).isEqualTo(200);
        assertThat(browser().header("Forwarded", "for=\"198.51.100.32:4711\"").signIn(email, "and another").status()).isEqualTo(200);
    }

    /** A session whose requests come through the trusted proxy (127.0.0.1 in the tests) for this client. */
    WebSession from(String forwardedFor) throws Exception {
        return browser().header("X-Forwarded-For", forwardedFor);
    }

    @Test
    void moreThanThirtyAttemptsAMinuteFromOneAddressAnswer429() throws Exception {
        String email = unique("gina");
        for (int i = 1; i <= 30; i++) {
            assertThat(browser().signIn(email, "attempt number " + i).status()).isEqualTo(200);
        }
        Page refused = browser().signIn(email, "attempt number 31");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text()).contains("Too many attempts").doesNotContain("Exception");
    }

    @Test
    void theAdminAreaIsForAdminsOnly() throws Exception {
        String email = unique("hugo");
        WebSession member = browser();
        member.signUp(email, "Hugo", PASSWORD);
        member.signIn(email, PASSWORD);
        Page forbidden = member.get("admin/plugins");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("Not allowed").doesNotContain("Exception");
        assertThat(member.get("admin/members").status()).isEqualTo(403);
        assertThat(member.get("home").byId("nav-admin")).isEmpty();

        WebSession admin = signedInAdmin();
        assertThat(admin.get("admin/plugins").status()).isEqualTo(200);
        assertThat(admin.get("home").byId("nav-admin")).isPresent();
    }

    @Test
    void anAdminGrantsAndRevokesAdminAndItAppliesAtOnce() throws Exception {
        String email = unique("irene");
        WebSession member = browser();
        member.signUp(email, "Irene", PASSWORD);
        member.signIn(email, PASSWORD);
        long id = Db.number("select id from member where email = ?", email);

        WebSession admin = signedInAdmin();
        Page members = admin.submit(admin.get("admin/members"), "members", Map.of("query", "irene"), "search");
        assertThat(members.byId("member-" + id)).isPresent();
        String grant = members.byId("member-" + id).orElseThrow().selectFirst("input[value='Make admin']").attr("name");
        Page granted = admin.submit(members, "members", Map.of(), grant);
        assertThat(granted.text()).contains("Admin rights granted");
        assertThat(member.get("admin/plugins").status()).isEqualTo(200); // no new sign-in needed
        assertThat(Db.number("select count(*) from admin_role_change where member_id = ? and granted", id)).isEqualTo(1);

        Page list = admin.submit(admin.get("admin/members"), "members", Map.of("query", "irene"), "search");
        String revoke = list.byId("member-" + id).orElseThrow().selectFirst("input[value='Revoke admin']").attr("name");
        admin.submit(list, "members", Map.of(), revoke);
        assertThat(member.get("admin/plugins").status()).isEqualTo(403);
    }

    @Test
    void securityHeadersAreOnPagesResourcesAndErrorPages() throws Exception {
        WebSession browser = browser();
        for (Page page : List.of(browser.get("signin"), browser.get("jakarta.faces.resource/js/notifications.js.xhtml?ln=rapport"),
                browser.get("no/such/page"), browser.get("health/live"))) {
            var headers = page.response().headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(page.uri().toString()).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "script-src 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(page.uri().toString()).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(page.uri().toString()).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(page.uri().toString()).isPresent();
            // the tests run without the secure cookie, so without HSTS (SecurityHeadersTest covers the other case)
            assertThat(headers.firstValue("Strict-Transport-Security")).as(page.uri().toString()).isEmpty();
            // switched off by server-config's pre-boot commands: proves they were applied
            assertThat(headers.firstValue("X-Powered-By")).as(page.uri().toString()).isEmpty();
        }
    }

    @Test
    void errorPagesExplainWithoutAStackTrace() throws Exception {
        Page missing = browser().get("no/such/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("Page not found").doesNotContain("Exception", "at social.rapport");
    }

    @Test
    void aFormWhoseViewHasExpiredExplainsWhatToDo() throws Exception {
        WebSession browser = browser();
        Page form = browser.get("signin");
        form.document().select("input[name=jakarta.faces.ViewState]").val("-1234567890:9876543210");
        Page expired = browser.submit(form, "signin", Map.of("email", unique("late"), "password", PASSWORD), "submit");
        assertThat(expired.text()).contains("Page expired").doesNotContain("Exception", "at social.rapport");
    }

    @Test
    void healthReportsReadyWithTheDatabaseAndLive() throws Exception {
        Page ready = browser().get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"migrated\":\"true\"");
        assertThat(browser().get("health/live").status()).isEqualTo(200);
    }

    @Test
    void italianVisitorsReadItalian() throws Exception {
        Page page = browser().header("Accept-Language", "it-IT,it;q=0.9").get("signin");
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("Accedi");
        assertThat(browser().header("Accept-Language", "en-GB").get("signin").document().selectFirst("h1").text()).isEqualTo("Sign in");
    }

    @Test
    void theFirstStartSetupLinkMakesAVerifiedMemberAdminOnce() throws Exception {
        // the boot issues such a link while no admin exists; this one's hash is put in the same table
        String token = "known-setup-token-" + System.nanoTime();
        Db.execute("insert into admin_setup_token (token_hash, created_at, expires_at) values (?, now(), now() + interval '1 day')",
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8))));
        assertThat(browser().get("admin/setup?token=" + token).byId("setup:claim")).isEmpty(); // anonymous: sign in first

        String email = unique("ursula");
        WebSession member = browser();
        member.signUp(email, "Ursula", PASSWORD);
        member.signIn(email, PASSWORD);
        long id = Db.number("select id from member where email = ?", email);
        assertThat(member.get("admin/plugins").status()).isEqualTo(403);

        Page wrong = member.get("admin/setup?token=not-the-token");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.byId("setup-invalid")).isPresent();
        assertThat(wrong.byId("setup:claim")).isEmpty();

        Page offer = member.get("admin/setup?token=" + token);
        assertThat(offer.byId("setup:claim").orElseThrow().attr("value")).isEqualTo("Make my account the administrator");
        Page done = member.submit(offer, "setup", Map.of(), "claim");
        assertThat(done.byId("setup-done")).isPresent();
        assertThat(member.get("admin/plugins").status()).isEqualTo(200);
        assertThat(Db.number("select count(*) from admin_role_change where member_id = ? and granted and changed_by = ?", id, id))
                .isEqualTo(1);

        Page again = member.get("admin/setup?token=" + token);
        assertThat(again.byId("setup-invalid")).isPresent();
        assertThat(again.byId("setup:claim")).isEmpty();
        Db.execute("update member set admin = false where id = ?", id);
    }

    WebSession signedInAdmin() throws Exception {
        return Members.admin(base.toURI());
    }
}
