package social.rapport.web.sponsored;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.RapportIT;

/**
 * In real browsers: a member applies to advertise on My roles (organisation, payer), an admin approves on Roles; the advertiser creates a
 * campaign, attaches its image (a file that is no image is refused with a message) and sends it to review, the admin approves it; a member sees the labelled ad, opens
 * "Why am I seeing this?", turns sponsored content off and the ad is gone; the advertiser sees the
 * report chart; the ad library shows the ad with its image.
 */
@RapportIT
@RunAsClient
class SponsoredJourneyIT {

    static URI shared;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins("sponsored-journey.war");
    }

    @BeforeEach
    void enable() throws Exception {
        shared = new URL(base, "/").toURI();
        People.setPluginEnabled(shared, "sponsored", true);
        Db.execute("update sponsored_campaign set status = 'ENDED' where status in ('RUNNING', 'REVIEW')");
        // one member's day would be suppressed below the default minimum audience of 100
        Db.execute("insert into sponsored_setting (key, value, updated_by, updated_at) values ('min-audience', '1', 0, now()) "
                + "on conflict (key) do update set value = excluded.value");
    }

    @AfterAll
    static void asShipped() throws Exception {
        if (shared != null) {
            People.setPluginEnabled(shared, "sponsored", false);
        }
    }

    @Test
    void advertiserAdminAndMember() throws Exception {
        String org = "Journey Org " + UUID.randomUUID().toString().substring(0, 6);
        String advertiserEmail = Members.uniqueEmail("adele");
        String memberEmail = Members.uniqueEmail("marco");
        Path picture = pictureFile();
        Path notAnImage = Files.createTempFile("not-an-image", ".png");
        Files.writeString(notAnImage, "this is text, not an image");
        try (Browser advertiser = new Browser(base.toString()); Browser admin = new Browser(base.toString());
             Browser member = new Browser(base.toString())) {
            signUpAndIn(advertiser, advertiserEmail, "Adele Advertiser");
            advertiser.open("home");
            advertiser.click("a.nav-plugin[href$='/p/sponsored/index.xhtml']");
            advertiser.click("#apply-link"); // the core's My roles page, where the plugin's questions join the note
            advertiser.type("#apply-sponsored-advertiser\\:note", "We sell winter coats")
                    .type("#apply-sponsored-advertiser\\:answer-organisation", org)
                    .type("#apply-sponsored-advertiser\\:answer-payer", org + " Ltd")
                    .click("#apply-sponsored-advertiser\\:apply");
            assertThat(advertiser.text("#applications")).contains("Advertiser", "Waiting for an answer");

            signIn(admin, Members.ADMIN);
            long advertiserId = Db.number("select id from member where email = ?", advertiserEmail);
            long application = Db.number("select id from capability_application where member_id = ? and status = 'PENDING'", advertiserId);
            admin.open("p/sponsored/admin/index.xhtml");
            admin.click("#roles-link");
            assertThat(admin.text("#application-" + application)).contains("We sell winter coats", org, org + " Ltd");
            admin.type("#decide-" + application + "\\:answer", "Welcome").click("#decide-" + application + "\\:approve");
            assertThat(admin.text(".messages")).contains("approved");

            advertiser.open("p/sponsored/index.xhtml");
            advertiser.click("#new-campaign");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            advertiser.type("#campaign\\:name", "Journey campaign")
                    .type("#campaign\\:headline", "Learn Jakarta EE with us")
                    .type("#campaign\\:body", "Ten evenings of Faces, CDI and JPA.")
                    .type("#campaign\\:landingUrl", new URL(base, "/p/sponsored/library.xhtml").toString());
            setValue(advertiser, "#campaign\\:start", today.toString());
            setValue(advertiser, "#campaign\\:end", today.plusDays(7).toString());
            advertiser.type("#campaign\\:totalBudget", "1000").type("#campaign\\:dailyBudget", "500");
            assertThat(advertiser.text("#campaign\\:audience")).contains("all members");
            advertiser.click("#campaign\\:save");
            assertThat(advertiser.text("#messages")).contains("Campaign saved.");
            advertiser.click("#edit");
            advertiser.find("#image\\:file").sendKeys(notAnImage.toAbsolutePath().toString());
            advertiser.click("#image\\:upload");
            assertThat(advertiser.text("#edit-image .field-error")).isEqualTo("Only JPEG, PNG or WebP images.");
            advertiser.find("#image\\:file").sendKeys(picture.toAbsolutePath().toString());
            advertiser.click("#image\\:upload");
            assertThat(advertiser.text("#messages")).contains("Image saved.");
            assertThat(loadedWidth(advertiser, "#creative-image")).isEqualTo(800); // re-encoded at the stored width
            advertiser.click("#actions\\:submit");
            assertThat(advertiser.text("#status")).isEqualTo("In review");
            long campaignId = Long.parseLong(advertiser.find("#campaign").getAttribute("data-campaign"));

            admin.open("p/sponsored/admin/index.xhtml");
            admin.click("#review-" + campaignId + " input[value=Approve]");
            assertThat(admin.text("#messages")).contains("Campaign approved");

            signUpAndIn(member, memberEmail, "Marco Member");
            long memberId = Db.number("select id from member where email = ?", memberEmail);
            People.Person friend = People.newMember(shared, "Journey Friend");
            People.connect(memberId, friend.id());
            for (int i = 0; i < 12; i++) {
                Db.execute("insert into post (author_id, body, audience, created_at) values (?, ?, 'CONNECTIONS', now() - make_interval(mins => ?))",
                        friend.id(), "Journey post " + i, i + 1);
            }
            member.open("home");
            String ad = ".feed-item.sponsored .sponsored-ad[data-campaign='" + campaignId + "']";
            assertThat(member.text(".feed-item.sponsored .sponsored-label")).isEqualToIgnoringCase("Sponsored"); // shown in capitals by CSS
            assertThat(member.text(ad)).contains("Learn Jakarta EE with us", "Paid for by " + org + " Ltd", "on behalf of " + org);
            assertThat(loadedWidth(member, ad + " img.sponsored-image")).isEqualTo(800);
            member.find(ad + " details.sponsored-why summary").click();
            assertThat(member.text(ad + " details.sponsored-why")).contains("This ad is shown to all members");
            member.screenshot("sponsored-why");
            member.click(ad + " a.why-consent");
            WebElement show = member.find("#prefs\\:showSponsored");
            assertThat(show.isSelected()).isTrue();
            show.click();
            member.click("#prefs\\:save");
            assertThat(member.text("#messages")).contains("Saved.");
            member.open("home");
            assertThat(member.present(".feed-item.sponsored")).isFalse();

            advertiser.open("p/sponsored/campaign.xhtml?id=" + campaignId);
            assertThat(advertiser.find("#totals").getAttribute("data-impressions")).isEqualTo("1");
            assertThat(advertiser.present("#chart svg rect.bar")).isTrue();
            advertiser.screenshot("sponsored-report");

            member.open("p/sponsored/library.xhtml?q=" + org.replace(' ', '+'));
            assertThat(member.text("#ad-" + campaignId)).contains(org, "Learn Jakarta EE with us");
            assertThat(loadedWidth(member, "#ad-" + campaignId + " img.creative-image")).isEqualTo(800);
        } finally {
            Files.deleteIfExists(picture);
            Files.deleteIfExists(notAnImage);
        }
    }

    /** The natural width of an image once the browser has loaded and decoded it (0 while it has not). */
    private static int loadedWidth(Browser browser, String css) {
        WebElement img = browser.find(css);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> width(browser, img) > 0);
        return width(browser, img);
    }

    private static int width(Browser browser, WebElement img) {
        return ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img)).intValue();
    }

    private static Path pictureFile() throws Exception {
        BufferedImage image = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 1000, 500);
        g.dispose();
        Path file = Files.createTempFile("creative", ".png");
        assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
        return file;
    }

    private static void setValue(Browser browser, String css, String value) {
        WebElement input = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static void signUpAndIn(Browser browser, String email, String name) {
        browser.open("signup")
                .type("#signup\\:email", email)
                .type("#signup\\:displayName", name)
                .type("#signup\\:password", Members.PASSWORD)
                .click("#signup\\:submit");
        signIn(browser, email);
        Members.forgetSignInAttempts(email);
    }

    private static void signIn(Browser browser, String email) {
        browser.open("signin");
        browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        Members.forgetSignInAttempts(email);
    }
}
