package social.rapport.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.TestMail;
import social.rapport.web.testing.RapportIT;

/** The journeys of the foundation, in headless Chromium against the real WAR and PostgreSQL. */
@RapportIT
@RunAsClient
class BrowserJourneysIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @Test
    void signUpVerifyTheEmailForgetThePasswordResetItAndTheOtherBrowserIsSignedOut() {
        String email = Members.uniqueEmail("sofia");
        String newPassword = "my second rather long passphrase";
        try (Browser browser = new Browser(base.toString()); Browser phone = new Browser(base.toString())) {
            browser.open("").click("#landing-signup");
            browser.type("#signup\\:email", email)
                    .type("#signup\\:displayName", "Sofia Bruni")
                    .type("#signup\\:password", "short")
                    .click("#signup\\:submit");
            assertThat(browser.text(".field-error")).contains("at least 12 characters");

            browser.type("#signup\\:password", Members.PASSWORD).click("#signup\\:submit");
            assertThat(browser.path()).isEqualTo("/signin");
            assertThat(browser.text("#messages")).contains("Check your email");

            browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
            assertThat(browser.text("#welcome")).contains("Sofia Bruni");
            assertThat(browser.text("#verify-notice")).contains("Confirm your email address");
            browser.screenshot("home-unverified");

            browser.open(TestMail.link(TestMail.await(email, 1).get(0), "verify-email"));
            assertThat(browser.text("#verify-result")).contains("Your email address is confirmed");
            browser.open("home");
            assertThat(browser.present("#verify-notice")).isFalse();

            // signed in on a second device too; then the password is forgotten on the first
            phone.open("signin").type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
            assertThat(phone.text("#welcome")).contains("Sofia Bruni");
            Members.forgetSignInAttempts(email);
            browser.click("#signout\\:submit");
            browser.open("signin").click("#forgot-password");
            browser.type("#forgot\\:email", email).click("#forgot\\:submit");
            assertThat(browser.text("#messages")).contains("If an account exists for that address");

            browser.open(TestMail.link(TestMail.await(email, 2).get(1), "reset-password"));
            browser.type("#reset\\:newPassword", newPassword).type("#reset\\:confirmation", newPassword).click("#reset\\:submit");
            assertThat(browser.text("#messages")).contains("Your password is changed");

            phone.open("home");
            assertThat(phone.path()).isEqualTo("/signin");
            assertThat(phone.text("#signin-ended")).contains("This session was ended");

            browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
            assertThat(browser.text("#messages")).contains("Email or password is wrong");
            browser.type("#signin\\:email", email).type("#signin\\:password", newPassword).click("#signin\\:submit");
            assertThat(browser.text("#welcome")).contains("Sofia Bruni");
            Members.forgetSignInAttempts(email);

            browser.click("#nav-account");
            browser.type("#password\\:currentPassword", newPassword)
                    .type("#password\\:newPassword", Members.PASSWORD)
                    .type("#password\\:confirmation", Members.PASSWORD)
                    .click("#password\\:submit");
            assertThat(browser.text("#messages")).contains("Your password has been changed");
        }
    }

    @Test
    void anAdminSwitchesAPluginOffAndOnAndItsMenuEntryGoesAndComesBack() throws Exception {
        Members.admin(base.toURI()); // makes sure the configured admin has an account
        try (Browser browser = new Browser(base.toString())) {
            browser.open("signin")
                    .type("#signin\\:email", Members.ADMIN).type("#signin\\:password", Members.PASSWORD)
                    .click("#signin\\:submit");
            browser.click("#nav-admin");
            if ("disabled".equals(browser.find("#plugin-probe").getAttribute("data-state"))) {
                browser.click("#plugin-probe input[value=Enable]");
            }
            assertThat(menu(browser)).contains("Probe");

            browser.click("#plugin-probe input[value=Disable]");
            assertThat(browser.text("#messages")).contains("Plugin probe is disabled");
            assertThat(browser.find("#plugin-probe").getAttribute("data-state")).isEqualTo("disabled");
            assertThat(menu(browser)).doesNotContain("Probe");
            browser.screenshot("admin-plugins");

            browser.click("#plugin-probe input[value=Enable]");
            assertThat(menu(browser)).contains("Probe");
            browser.click("a.nav-plugin");
            assertThat(browser.text("#probe-page")).isEqualTo("Probe plugin page");
        }
        assertThat(Db.number("select count(*) from plugin_state where plugin_id = 'probe' and enabled")).isEqualTo(1);
    }

    @Test
    void theItalianLanguageShowsItalianText() {
        try (Browser browser = new Browser(base.toString())) {
            browser.open("signin");
            assertThat(browser.text("h1")).isEqualTo("Sign in");
            browser.click("#language\\:it");
            assertThat(browser.text("h1")).isEqualTo("Accedi");
            assertThat(browser.text("#nav-signup")).isEqualTo("Iscriviti a Rapport");
            browser.open("signup");
            assertThat(browser.text("h1")).isEqualTo("Iscriviti a Rapport");
            browser.screenshot("signup-it");
        }
    }

    @Test
    void anInvitationLightsTheNotificationBadgeWithoutReloadingAndIsReadOnTheNotificationsPage() throws Exception {
        social.rapport.web.testing.People.Person ana = social.rapport.web.testing.People.newMember(base.toURI(), "Ana Badge");
        social.rapport.web.testing.People.Person bea = social.rapport.web.testing.People.newMember(base.toURI(), "Bea Sender");
        try (Browser browser = new Browser(base.toString())) {
            browser.open("signin").type("#signin\\:email", ana.email()).type("#signin\\:password", Members.PASSWORD)
                    .click("#signin\\:submit");
            Members.forgetSignInAttempts(ana.email());
            assertThat(badge(browser)).isEqualTo("0");
            Object marker = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.rapportMarker = 42;");
            assertThat(marker).isNotNull();

            bea.invite(ana, "MET_AT_EVENT", "");
            // the header script polls every 20 s: wait for it, on the same page (the marker proves no reload)
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                    .until(driver -> "1".equals(badge(browser)));
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.rapportMarker;"))
                    .isEqualTo(42L);
            assertThat(browser.find("#notification-badge").getText()).isEqualTo("1");
            browser.screenshot("notification-badge");

            browser.click("#nav-notifications");
            assertThat(browser.path()).isEqualTo("/notifications");
            assertThat(browser.text("li.notification.unread")).contains("Bea Sender", "wants to connect with you");
            browser.screenshot("notifications");
            browser.click("#notifications-actions\\:markAll");
            assertThat(browser.text("#messages")).contains("All notifications are marked as read");
            assertThat(browser.present("li.notification.unread")).isFalse();
            assertThat(browser.present("li.notification.read")).isTrue();
            assertThat(badge(browser)).isEqualTo("0");
        }
    }

    @Test
    void exportTheDataThenDeleteTheAccountCancelledBySigningInThenCarriedOutAfterTheGracePeriod() throws Exception {
        social.rapport.web.testing.People.Person leo = social.rapport.web.testing.People.newMember(base.toURI(), "Leo Leaving");
        social.rapport.web.testing.People.Person pal = social.rapport.web.testing.People.newMember(base.toURI(), "Pia Friend");
        social.rapport.web.testing.People.connect(leo, pal);
        Db.execute("insert into post (author_id, body, audience) values (?, 'Leo wrote this before leaving', 'CONNECTIONS')", leo.id());
        try (Browser browser = new Browser(base.toString())) {
            browser.open("signin").type("#signin\\:email", leo.email()).type("#signin\\:password", Members.PASSWORD)
                    .click("#signin\\:submit");
            assertThat(browser.text("#welcome")).contains("Leo Leaving");

            // the export is built in the background; the page shows progress and then the link
            browser.open("account/data").click("#export\\:request");
            assertThat(browser.text("#export-download")).isEqualTo("Download my data (ZIP)");
            assertThat(browser.text("#export-expires")).contains("The download link works until");
            java.util.Map<String, String> files = zipEntries(download(browser, "account/export.zip"));
            assertThat(files.get("posts.json")).contains("Leo wrote this before leaving");
            assertThat(files.get("connections.json")).contains("Pia Friend");

            // deleting asks for the password; signing in again cancels it
            browser.type("#delete\\:password", Members.PASSWORD).click("#delete\\:submit");
            assertThat(browser.text("#signin-deletion")).contains("deleted in 14 days");
            browser.type("#signin\\:email", leo.email()).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
            assertThat(browser.text("#welcome")).contains("Leo Leaving");
            assertThat(Db.number("select count(*) from account_deletion where member_id = ? and cancelled_at is not null", leo.id()))
                    .isEqualTo(1);
            Members.forgetSignInAttempts(leo.email());

            // asked again; once the grace period has passed, the member is gone
            browser.open("account/data").type("#delete\\:password", Members.PASSWORD).click("#delete\\:submit");
            assertThat(browser.text("#signin-deletion")).contains("deleted in 14 days");
            Db.execute("update account_deletion set due_at = now() - interval '1 second' where member_id = ? and cancelled_at is null", leo.id());
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> Db.number("select count(*) from member where id = ?", leo.id()) == 0);
            assertThat(Db.number("select count(*) from post where author_id = ?", leo.id())).isZero();
            browser.open("signin").type("#signin\\:email", leo.email()).type("#signin\\:password", Members.PASSWORD)
                    .click("#signin\\:submit");
            assertThat(browser.text("#messages")).contains("Email or password is wrong");
        }
    }

    /** What the browser would download from {@code path}, fetched with the browser's own cookies. */
    private static byte[] download(Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.URI uri = java.net.URI.create(browser.driver().getCurrentUrl()).resolve("/" + path);
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(uri).header("Cookie", cookies).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("zip");
        return response.body();
    }

    private static java.util.Map<String, String> zipEntries(byte[] zip) throws java.io.IOException {
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String badge(Browser browser) {
        return browser.driver().findElement(org.openqa.selenium.By.id("notification-badge")).getAttribute("data-count");
    }

    private static java.util.List<String> menu(Browser browser) {
        return browser.driver().findElements(org.openqa.selenium.By.cssSelector("a.nav-plugin")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }
}
