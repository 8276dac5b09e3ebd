package social.rapport.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/** A member shapes their profile in headless Chromium: the edit page, skill suggestions, visibility and photos. */
@RapportIT
@RunAsClient
class ProfileJourneyIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    /** Six random letters: handles made from names stay unique across runs on one database. */
    static String token() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    /** Signs up over HTTP (quicker), then signs in in the browser. */
    String signUpAndSignIn(Browser browser, String name) throws Exception {
        String email = Members.uniqueEmail("journey");
        new WebSession(base.toURI()).signUp(email, name, Members.PASSWORD);
        browser.open("signin").type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        assertThat(browser.path()).isEqualTo("/home");
        return email;
    }

    @Test
    void aMemberFillsTheEditPageAndSeesTheResultOnTheirProfile() throws Exception {
        Db.execute("delete from sign_in_attempt");
        String t = token();
        // someone already has the skill, so it is suggested
        WebSession other = new WebSession(base.toURI());
        String otto = Members.uniqueEmail("otto");
        other.signUp(otto, "Otto " + t, Members.PASSWORD);
        assertThat(other.signIn(otto, Members.PASSWORD).uri().getPath()).isEqualTo("/home");
        Page edit = other.get("profile/edit");
        Forms.post(other, Forms.post(other, edit, "profile", Map.of("newSkill", "Zymurgy " + t), "addSkill"), "profile", Map.of(), "save");

        try (Browser browser = new Browser(base.toString())) {
            signUpAndSignIn(browser, "Rosa Parkinson " + t);
            browser.click("#nav-edit-profile");
            assertThat(browser.path()).isEqualTo("/profile/edit");

            browser.type("#profile\\:headline", "Brewer of ideas " + t);
            browser.click("#profile\\:addExperience");
            browser.type("#profile\\:experience\\:0\\:title", "Head brewer")
                    .type("#profile\\:experience\\:0\\:organisation", "Birrificio " + t);
            setValue(browser, "profile:experience:0:start", "2021-03");

            WebElement skill = browser.find("#profile\\:newSkill");
            skill.sendKeys("zymurgy " + t.substring(0, 3));
            WebElement suggestion = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                    driver.findElements(By.cssSelector("#skill-suggestions button.suggestion")).stream()
                            .filter(b -> b.getText().equals("Zymurgy " + t)).findFirst().orElse(null));
            suggestion.click();
            assertThat(skill.getAttribute("value")).isEqualTo("Zymurgy " + t);
            browser.click("#profile\\:addSkill");
            assertThat(browser.text("#skill-list")).contains("Zymurgy " + t);

            new Select(browser.find("#profile\\:headlineVisibility")).selectByValue("EVERYONE");
            new Select(browser.find("#profile\\:experienceVisibility")).selectByValue("EVERYONE");
            new Select(browser.find("#profile\\:skillsVisibility")).selectByValue("CONNECTIONS");
            browser.screenshot("profile-edit");
            browser.click("#profile\\:save");

            assertThat(browser.path()).startsWith("/in/rosa-parkinson-" + t);
            assertThat(browser.text("#messages")).contains("Your profile has been saved");
            assertThat(browser.text("#profile-headline")).isEqualTo("Brewer of ideas " + t);
            assertThat(browser.text("#profile-experience")).contains("Head brewer", "Birrificio " + t, "Mar 2021");
            assertThat(browser.text("#profile-skills")).contains("Zymurgy " + t);
            browser.screenshot("profile-page");

            // an anonymous visitor sees what is shared with everyone, not the skills kept for connections
            String profilePath = browser.path();
            Page anonymous = new WebSession(base.toURI()).get(profilePath.substring(1));
            assertThat(anonymous.byId("profile-headline")).isPresent();
            assertThat(anonymous.byId("profile-experience")).isPresent();
            assertThat(anonymous.byId("profile-skills")).isEmpty();
        }
    }

    @Test
    void aNewPhotoShowsAtOnceAndARefusedOneSaysWhy() throws Exception {
        Db.execute("delete from sign_in_attempt");
        Path jpeg = imageFile("jpeg", 800, 600, Color.RED);
        Path png = imageFile("png", 300, 500, Color.GREEN);
        Path fake = Files.createTempFile("not-a-photo", ".jpg");
        Files.writeString(fake, "this is text, not a photo", StandardCharsets.UTF_8);
        try (Browser browser = new Browser(base.toString())) {
            signUpAndSignIn(browser, "Sami " + token());
            browser.open("profile/edit");
            assertThat(browser.present("#current-photo")).isFalse();

            browser.find("#photo\\:file").sendKeys(jpeg.toAbsolutePath().toString());
            browser.click("#photo\\:upload");
            String first = loadedPhoto(browser);
            assertThat(first).endsWith("/400?v=1");

            browser.find("#photo\\:file").sendKeys(png.toAbsolutePath().toString());
            browser.click("#photo\\:upload");
            String second = loadedPhoto(browser);
            assertThat(second).endsWith("/400?v=2").isNotEqualTo(first);

            browser.find("#photo\\:file").sendKeys(fake.toAbsolutePath().toString());
            browser.click("#photo\\:upload");
            assertThat(browser.text("#edit-photo .field-error")).isEqualTo("This file is not a JPEG, PNG or WebP image.");
            assertThat(loadedPhoto(browser)).isEqualTo(second);
            browser.screenshot("profile-photo-refused");

            browser.click("#nav-profile");
            assertThat(browser.find("#profile-photo").getAttribute("src")).endsWith("/400?v=2");
            assertThat(loaded(browser, browser.find("#profile-photo"))).isTrue();
        } finally {
            Files.deleteIfExists(jpeg);
            Files.deleteIfExists(png);
            Files.deleteIfExists(fake);
        }
    }

    /** The src of the edit page's current photo, once the browser has loaded and decoded it. */
    static String loadedPhoto(Browser browser) {
        WebElement img = browser.find("#current-photo");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> loaded(browser, img));
        return img.getAttribute("src");
    }

    static boolean loaded(Browser browser, WebElement img) {
        Object width = ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
        return ((Number) width).intValue() == 400;
    }

    static void setValue(Browser browser, String id, String value) {
        // a month input's picker differs between browsers; set it as a person's choice would
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.getElementById(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));",
                id, value);
    }

    static Path imageFile(String format, int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 3, height / 3, width / 3, height / 3);
        g.dispose();
        File file = Files.createTempFile("photo", "." + (format.equals("jpeg") ? "jpg" : format)).toFile();
        assertThat(ImageIO.write(image, format, file)).isTrue();
        return file.toPath();
    }
}
