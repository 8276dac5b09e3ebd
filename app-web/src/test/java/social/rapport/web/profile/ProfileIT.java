package social.rapport.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * Profiles on the real WAR in Payara Micro against PostgreSQL: handles at sign-up, the edit page
 * and the profile page, validation, escaping, visibility per part and viewer, blocks, photos and
 * their refusals, plugin sections, and that nobody edits another member's profile.
 */
@RapportIT
@RunAsClient
class ProfileIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @BeforeEach
    void forgetSignInAttempts() throws SQLException {
        // many members sign in from 127.0.0.1 here: stay under the per-address limit
        Db.execute("delete from sign_in_attempt");
    }

    /** A signed-in member of this test. */
    record Person(WebSession session, String email, long id, String name) {

        String handle() throws SQLException {
            return Db.text("select handle from profile where member_id = ?", id);
        }
    }

    Person signUp(String name) throws Exception {
        WebSession session = new WebSession(base.toURI());
        String email = Members.uniqueEmail("profile");
        Page signedUp = session.signUp(email, name, Members.PASSWORD);
        assertThat(signedUp.uri().getPath()).as(signedUp.text()).isEqualTo("/signin");
        Page home = session.signIn(email, Members.PASSWORD);
        assertThat(home.uri().getPath()).as(home.text()).isEqualTo("/home");
        return new Person(session, email, Db.number("select id from member where email = ?", email), name);
    }

    WebSession anonymous() throws Exception {
        return new WebSession(base.toURI());
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

    /** Opens the edit page, adds one position and one school, fills everything in and saves. */
    static Page saveProfile(Person person, Map<String, String> changes) {
        Page edit = person.session().get("profile/edit");
        assertThat(edit.status()).isEqualTo(200);
        edit = Forms.post(person.session(), edit, "profile", Map.of(), "addExperience");
        edit = Forms.post(person.session(), edit, "profile", Map.of(), "addEducation");
        return Forms.post(person.session(), edit, "profile", changes, "save");
    }

    /** Every part filled in, shown to {@code audience} (EVERYONE, MEMBERS or CONNECTIONS). */
    static Map<String, String> fullProfile(String marker, String audience) {
        Map<String, String> fields = new HashMap<>();
        fields.put("headline", "Headline " + marker);
        fields.put("location", "Location " + marker);
        fields.put("about", "About " + marker);
        fields.put("experience:0:title", "Title " + marker);
        fields.put("experience:0:organisation", "Organisation " + marker);
        fields.put("experience:0:start", "2019-04");
        fields.put("experience:0:end", "");
        fields.put("experience:0:description", "Description " + marker);
        fields.put("education:0:school", "School " + marker);
        fields.put("education:0:degree", "MSc");
        fields.put("education:0:field", "Field " + marker);
        fields.put("education:0:startYear", "2010");
        fields.put("education:0:endYear", "2012");
        fields.put("newSkill", "Skill " + marker);
        fields.put("open_MENTORING", "on");
        for (String part : new String[] {"photo", "headline", "location", "about", "experience", "education", "skills", "openTo",
                "connections", "sections"}) {
            fields.put(part + "Visibility", audience);
        }
        return fields;
    }

    @Test
    void signUpGivesAHandleFromTheNameAndASuffixWhenItIsTaken() throws Exception {
        String t = token();
        Person first = signUp("Zoë Brontë-" + t);
        Person second = signUp("Zoe Bronte " + t.toUpperCase());

        assertThat(first.handle()).isEqualTo("zoe-bronte-" + t);
        assertThat(second.handle()).isEqualTo("zoe-bronte-" + t + "-2");

        Page page = anonymous().get("in/" + second.handle());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.byId("profile-name").orElseThrow().text()).isEqualTo("Zoe Bronte " + t.toUpperCase());
        assertThat(page.byId("profile-handle").orElseThrow().text()).isEqualTo("@zoe-bronte-" + t + "-2");
        assertThat(anonymous().get("in/no-such-handle-" + t).status()).isEqualTo(404);

        // the header links to one's own profile and to the edit page
        Page home = first.session().get("home");
        assertThat(home.byId("nav-profile").orElseThrow().attr("href")).isEqualTo("/in/zoe-bronte-" + t);
        assertThat(home.byId("nav-edit-profile").orElseThrow().attr("href")).isEqualTo("/profile/edit");
    }

    @Test
    void whatIsSavedOnTheEditPageIsStoredAndShownOnTheProfilePage() throws Exception {
        String t = token();
        Person ada = signUp("Ada " + t);
        Map<String, String> fields = fullProfile(t, "EVERYONE");
        fields.put("displayName", "Ada Lovelace " + t);
        fields.put("handle", "  Ada-" + t + " ");
        fields.put("experience:0:end", "2023-02");
        fields.put("open_HIRING", "on");

        Page saved = saveProfile(ada, fields);

        assertThat(saved.uri().getPath()).as(saved.text()).isEqualTo("/in/ada-" + t);
        assertThat(saved.text()).contains("Your profile has been saved");
        assertThat(saved.byId("profile-name").orElseThrow().text()).isEqualTo("Ada Lovelace " + t);
        assertThat(saved.byId("profile-headline").orElseThrow().text()).isEqualTo("Headline " + t);
        assertThat(saved.byId("profile-location").orElseThrow().text()).isEqualTo("Location " + t);
        assertThat(saved.byId("profile-experience").orElseThrow().text())
                .contains("Title " + t, "Organisation " + t, "Apr 2019", "Feb 2023", "Description " + t);
        assertThat(saved.byId("profile-education").orElseThrow().text()).contains("School " + t, "MSc", "Field " + t, "2010", "2012");
        assertThat(saved.byId("profile-skills").orElseThrow().text()).contains("Skill " + t);
        assertThat(saved.document().select("#profile-open-to .open-to").eachAttr("data-topic")).containsExactly("MENTORING", "HIRING");

        // in PostgreSQL
        assertThat(ada.handle()).isEqualTo("ada-" + t);
        assertThat(Db.text("select display_name from member where id = ?", ada.id())).isEqualTo("Ada Lovelace " + t);
        assertThat(Db.text("select headline from profile where member_id = ?", ada.id())).isEqualTo("Headline " + t);
        assertThat(Db.text("select to_char(start_month, 'YYYY-MM') || '/' || to_char(end_month, 'YYYY-MM') from experience where member_id = ?",
                ada.id())).isEqualTo("2019-04/2023-02");
        assertThat(Db.number("select end_year from education where member_id = ?", ada.id())).isEqualTo(2012);
        assertThat(Db.text("select s.name from member_skill ms join skill s on s.id = ms.skill_id where ms.member_id = ?", ada.id()))
                .isEqualTo("Skill " + t);
        assertThat(Db.text("select open_hiring::text || open_mentoring::text || open_advice::text from profile where member_id = ?",
                ada.id())).isEqualTo("truetruefalse");
        assertThat(Db.text("select about_visibility from profile where member_id = ?", ada.id())).isEqualTo("EVERYONE");

        // the edit page shows what is stored; removing the position and a save removes it
        Page edit = ada.session().get("profile/edit");
        assertThat(edit.byId("profile:handle").orElseThrow().val()).isEqualTo("ada-" + t);
        assertThat(edit.byId("profile:experience:0:start").orElseThrow().val()).isEqualTo("2019-04");
        assertThat(edit.byId("profile:aboutVisibility").orElseThrow().selectFirst("option[selected]").val()).isEqualTo("EVERYONE");
        edit = Forms.post(ada.session(), edit, "profile", Map.of(), "experience:0:remove");
        assertThat(edit.byId("profile:experience:0:title")).isEmpty();
        Forms.post(ada.session(), edit, "profile", Map.of(), "save");
        assertThat(Db.number("select count(*) from experience where member_id = ?", ada.id())).isZero();
        assertThat(anonymous().get("in/ada-" + t).byId("profile-experience")).isEmpty();
    }

    @Test
    void thePageSurvivesAPostbackSuchAsTheLanguageSwitch() throws Exception {
        String t = token();
        Person wim = signUp("Wim " + t);
        saveProfile(wim, fullProfile(t, "EVERYONE"));
        WebSession visitor = anonymous();
        Page page = visitor.get("in/" + wim.handle());

        Page italian = Forms.clickLink(visitor, page, "language", "it");

        assertThat(italian.status()).isEqualTo(200);
        assertThat(italian.byId("profile-name").orElseThrow().text()).isEqualTo("Wim " + t);
        assertThat(italian.byId("profile-about").orElseThrow().text()).contains("Informazioni", "About " + t);
        // a direct request of the page without a handle finds nothing
        assertThat(anonymous().get("in").status()).isEqualTo(404);
    }

    @Test
    void wrongInputIsRefusedWithAMessageNextToTheFieldAndNothingIsStored() throws Exception {
        String t = token();
        Person taken = signUp("Taken " + t);
        Person bea = signUp("Bea " + t);
        String handleBefore = bea.handle();
        Map<String, String> fields = fullProfile(t, "MEMBERS");
        fields.put("handle", taken.handle());
        fields.put("headline", "x".repeat(221));
        fields.put("experience:0:title", "");
        fields.put("experience:0:start", "2020-13");
        fields.put("education:0:startYear", "2015");
        fields.put("education:0:endYear", "2012");

        Page refused = saveProfile(bea, fields);

        assertThat(refused.uri().getPath()).isEqualTo("/profile/edit");
        assertThat(refused.text()).contains("Your profile was not saved");
        assertThat(fieldError(refused, "profile:handle")).isEqualTo("This handle is taken. Please choose another one.");
        assertThat(fieldError(refused, "profile:headline")).isEqualTo("At most 220 characters, please.");
        assertThat(fieldError(refused, "profile:experience:0:title")).isEqualTo("Please fill this in.");
        assertThat(fieldError(refused, "profile:experience:0:start")).isEqualTo("Enter a month as YYYY-MM, for example 2021-03.");
        assertThat(fieldError(refused, "profile:education:0:endYear")).isEqualTo("The end year cannot be before the start year.");
        assertThat(fieldError(refused, "profile:location")).isEmpty();
        // what the member typed stays in the form
        assertThat(refused.byId("profile:location").orElseThrow().val()).isEqualTo("Location " + t);

        // more rules, one save each
        assertThat(fieldError(resubmit(bea, refused, Map.of("handle", "AB")), "profile:handle"))
                .isEqualTo("A handle has 3 to 40 characters.");
        assertThat(fieldError(resubmit(bea, refused, Map.of("handle", "bea_" + t)), "profile:handle"))
                .isEqualTo("A handle may contain only lower-case letters (a-z), digits and dashes.");
        Page endBeforeStart = resubmit(bea, refused, Map.of("experience:0:title", "Engineer", "experience:0:start", "2020-05",
                "experience:0:end", "2020-01"));
        assertThat(fieldError(endBeforeStart, "profile:experience:0:end")).isEqualTo("The end month cannot be before the start month.");
        assertThat(fieldError(endBeforeStart, "profile:experience:0:start")).isEmpty();

        assertThat(bea.handle()).isEqualTo(handleBefore);
        assertThat(Db.text("select headline from profile where member_id = ?", bea.id())).isNull();
        assertThat(Db.number("select count(*) from experience where member_id = ?", bea.id())).isZero();
        assertThat(Db.number("select count(*) from education where member_id = ?", bea.id())).isZero();
    }

    Page resubmit(Person person, Page page, Map<String, String> changes) {
        Map<String, String> all = new HashMap<>(Map.of("handle", "bea-ok-" + token(), "headline", "fine",
                "experience:0:title", "Engineer", "experience:0:start", "2020-01", "experience:0:end", "",
                "education:0:startYear", "2010", "education:0:endYear", "2012"));
        all.putAll(changes);
        all.put("handle", changes.getOrDefault("handle", "x")); // keep a bad handle so that nothing is ever saved
        return Forms.post(person.session(), page, "profile", all, "save");
    }

    /** The error message shown in the field of this input, or "". */
    static String fieldError(Page page, String inputId) {
        Element input = page.byId(inputId).orElseThrow(() -> new AssertionError("no input " + inputId + " in " + page.text()));
        return input.parent().select(".field-error").text();
    }

    @Test
    void aboutTextIsEscapedWithLineBreaksKeptAndLinksMarkedNofollow() throws Exception {
        String t = token();
        Person carl = signUp("Carl " + t);
        Map<String, String> fields = fullProfile(t, "EVERYONE");
        fields.put("about", "Hello <script>alert('owned')</script> <b>bold</b>\nMore at https://example.org/carl?x=1&y=2.");
        Page page = saveProfile(carl, fields);

        Element about = page.byId("profile-about").orElseThrow();
        assertThat(about.select("script, b")).isEmpty();
        assertThat(about.text()).contains("Hello <script>alert('owned')</script> <b>bold</b>");
        assertThat(page.body()).doesNotContain("<script>alert('owned')");
        assertThat(about.select("br")).hasSize(1);
        Element link = about.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/carl?x=1&y=2");
        assertThat(link.attr("rel")).isEqualTo("nofollow ugc noopener");
        assertThat(link.text()).isEqualTo("https://example.org/carl?x=1&y=2");
    }

    @Test
    void eachPartIsShownOnlyToTheAudienceTheOwnerChoseAndHiddenPartsAreNotInTheHtml() throws Exception {
        String t = token();
        Person owner = signUp("Dora " + t);
        Person member = signUp("Emil " + t);
        Person connection = signUp("Fay " + t);
        Map<String, String> fields = fullProfile(t, "MEMBERS");
        fields.put("headlineVisibility", "EVERYONE");
        fields.put("locationVisibility", "EVERYONE");
        fields.put("aboutVisibility", "CONNECTIONS");
        fields.put("experienceVisibility", "CONNECTIONS");
        fields.put("skillsVisibility", "MEMBERS");
        fields.put("educationVisibility", "MEMBERS");
        fields.put("openToVisibility", "CONNECTIONS");
        fields.put("connectionsVisibility", "MEMBERS");
        saveProfile(owner, fields);
        Db.execute("insert into connection_edge (member_id, other_id, how_met) values (?, ?, 'OTHER'), (?, ?, 'OTHER')",
                owner.id(), connection.id(), connection.id(), owner.id());
        String path = "in/" + owner.handle();

        Page asAnonymous = anonymous().get(path);
        assertParts(asAnonymous, t, "profile-headline", "profile-location");
        Page asMember = member.session().get(path);
        assertParts(asMember, t, "profile-headline", "profile-location", "profile-skills", "profile-education", "profile-connections");
        Page asConnection = connection.session().get(path);
        assertParts(asConnection, t, "profile-headline", "profile-location", "profile-skills", "profile-education",
                "profile-connections", "profile-about", "profile-experience", "profile-open-to");
        assertThat(asConnection.byId("profile-connections").orElseThrow().text()).endsWith(": 1");
        Page asOwner = owner.session().get(path);
        assertParts(asOwner, t, "profile-headline", "profile-location", "profile-skills", "profile-education",
                "profile-connections", "profile-about", "profile-experience", "profile-open-to");
        assertThat(asOwner.byId("profile-edit")).isPresent();
        assertThat(asMember.byId("profile-edit")).isEmpty();

        // name and handle are always there
        for (Page page : new Page[] {asAnonymous, asMember, asConnection, asOwner}) {
            assertThat(page.byId("profile-name").orElseThrow().text()).isEqualTo("Dora " + t);
        }

        // the owner narrows the headline to connections: gone for everyone else at once
        Db.execute("update profile set headline_visibility = 'CONNECTIONS' where member_id = ?", owner.id());
        assertThat(anonymous().get(path).body()).doesNotContain("Headline " + t);
        assertThat(member.session().get(path).body()).doesNotContain("Headline " + t);
        assertThat(connection.session().get(path).body()).contains("Headline " + t);
    }

    /** Exactly these parts are on the page; the text of every other part appears nowhere in the HTML. */
    static void assertParts(Page page, String t, String... visible) {
        Map<String, String> texts = Map.of("profile-headline", "Headline " + t, "profile-location", "Location " + t,
                "profile-about", "About " + t, "profile-experience", "Title " + t, "profile-education", "School " + t,
                "profile-skills", "Skill " + t, "profile-open-to", "Mentoring", "profile-connections", "Connections:");
        java.util.Set<String> shown = java.util.Set.of(visible);
        assertThat(page.status()).isEqualTo(200);
        for (Map.Entry<String, String> part : texts.entrySet()) {
            if (shown.contains(part.getKey())) {
                assertThat(page.byId(part.getKey())).as(part.getKey()).isPresent();
                assertThat(page.byId(part.getKey()).orElseThrow().text()).contains(part.getValue());
            } else {
                assertThat(page.byId(part.getKey())).as(part.getKey() + " hidden").isEmpty();
                if (!part.getKey().equals("profile-open-to") && !part.getKey().equals("profile-connections")) {
                    assertThat(page.body()).as(part.getKey() + " not in the HTML").doesNotContain(part.getValue());
                }
            }
        }
    }

    @Test
    void aBlockedOrBlockingViewerAndEveryoneForASuspendedOwnerGet404() throws Exception {
        String t = token();
        Person owner = signUp("Gina " + t);
        Person blocked = signUp("Hugo " + t);
        Person blocker = signUp("Ines " + t);
        Person bystander = signUp("Joel " + t);
        String path = "in/" + owner.handle();
        Db.execute("insert into member_block (blocker_id, blocked_id) values (?, ?), (?, ?)",
                owner.id(), blocked.id(), blocker.id(), owner.id());

        assertThat(blocked.session().get(path).status()).isEqualTo(404);
        assertThat(blocker.session().get(path).status()).isEqualTo(404);
        assertThat(bystander.session().get(path).status()).isEqualTo(200);
        assertThat(anonymous().get(path).status()).isEqualTo(200);
        assertThat(owner.session().get(path).status()).isEqualTo(200);

        Db.execute("update member set suspended = true where id = ?", owner.id());
        assertThat(anonymous().get(path).status()).isEqualTo(404);
        assertThat(bystander.session().get(path).status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ photos

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] webp() throws IOException {
        try (InputStream in = ProfileIT.class.getResourceAsStream("/profile/photo.webp")) {
            return in.readAllBytes();
        }
    }

    /** A PNG whose header claims 10000 x 10000 pixels (100 megapixels); the rest is a token. */
    static byte[] hugePng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(10_000).putInt(10_000).put((byte) 8).put((byte) 2).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static Page upload(Person person, String filename, String contentType, byte[] bytes) {
        Page edit = person.session().get("profile/edit");
        return Forms.upload(person.session(), edit, "photo", new Forms.Upload("file", filename, contentType, bytes), "upload");
    }

    record Fetched(int status, String contentType, String cacheControl, byte[] bytes) {
    }

    @Test
    void jpegPngAndWebpPhotosAreReEncodedStoredAndServed() throws Exception {
        Person kim = signUp("Kim " + token());
        String profile = "in/" + kim.handle();
        assertThat(anonymous().get(profile).byId("profile-photo")).isEmpty();

        Page jpeg = upload(kim, "me.jpg", "image/jpeg", image("jpeg", 900, 600));
        assertThat(jpeg.text()).as(jpeg.errors()).contains("Your new photo is in place");
        assertThat(jpeg.byId("current-photo").orElseThrow().attr("src")).isEqualTo("/photos/" + kim.id() + "/400?v=1");
        Page png = upload(kim, "me.png", "image/png", image("png", 500, 700));
        assertThat(png.byId("current-photo").orElseThrow().attr("src")).isEqualTo("/photos/" + kim.id() + "/400?v=2");
        Page webp = upload(kim, "me.webp", "image/webp", webp());
        assertThat(webp.errors()).isEmpty();
        assertThat(webp.byId("current-photo").orElseThrow().attr("src")).isEqualTo("/photos/" + kim.id() + "/400?v=3");

        String src = anonymous().get(profile).byId("profile-photo").orElseThrow().attr("src");
        assertThat(src).isEqualTo("/photos/" + kim.id() + "/400?v=3");
        for (int size : new int[] {400, 96}) {
            Fetched photo = fetchBinary(anonymous(), "photos/" + kim.id() + "/" + size + "?v=3");
            assertThat(photo.status()).isEqualTo(200);
            assertThat(photo.contentType()).isEqualTo("image/jpeg");
            assertThat(photo.cacheControl()).contains("max-age");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(size);
            assertThat(decoded.getHeight()).isEqualTo(size);
        }
        assertThat(Db.number("select count(*) from profile_photo where member_id = ? and version = 3 and content_type = 'image/jpeg'",
                kim.id())).isEqualTo(2);

        Page edit = kim.session().get("profile/edit");
        Page removed = Forms.postMultipart(kim.session(), edit, "photo", "file", "removePhoto");
        assertThat(removed.text()).as(removed.status() + " " + removed.text()).contains("Your photo has been removed");
        assertThat(removed.byId("current-photo")).isEmpty();
        assertThat(fetchBinary(anonymous(), "photos/" + kim.id() + "/400?v=3").status()).isEqualTo(404);
        assertThat(Db.number("select count(*) from profile_photo where member_id = ?", kim.id())).isZero();
    }

    @Test
    void refusedUploadsSayWhyAndKeepTheOldPhoto() throws Exception {
        Person lea = signUp("Lea " + token());
        upload(lea, "me.jpg", "image/jpeg", image("jpeg", 400, 400));
        String photo = "photos/" + lea.id() + "/400?v=1";
        byte[] before = fetchBinary(lea.session(), photo).bytes();

        byte[] truncated = image("jpeg", 1600, 1200);
        truncated = Arrays.copyOf(truncated, truncated.length / 2);
        byte[] tooLarge = new byte[PhotoLimits.FIVE_MB + 100_000];
        new Random(7).nextBytes(tooLarge);
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;
        Map<String, Page> refusals = new java.util.LinkedHashMap<>();
        java.util.function.BiConsumer<String, Page> put = refusals::put;
        putAll(put,
                "This file is not a JPEG, PNG or WebP image.",
                upload(lea, "notes.jpg", "image/jpeg", "just some text, renamed".getBytes(StandardCharsets.UTF_8)),
                "This image could not be read: it may be damaged or incomplete.",
                upload(lea, "half.jpg", "image/jpeg", truncated),
                "This file is larger than 5 MB. Please choose a smaller photo.",
                upload(lea, "big.jpg", "image/jpeg", tooLarge),
                "This image has too many pixels (more than 40 megapixels). Please choose a smaller one.",
                upload(lea, "huge.png", "image/png", hugePng()));

        for (Map.Entry<String, Page> refusal : refusals.entrySet()) {
            Page page = refusal.getValue();
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            assertThat(fieldError(page, "photo:file")).as(page.text()).isEqualTo(refusal.getKey());
            assertThat(page.byId("current-photo").orElseThrow().attr("src")).isEqualTo("/" + photo);
        }
        assertThat(Db.number("select photo_version from profile where member_id = ?", lea.id())).isEqualTo(1);
        assertThat(fetchBinary(lea.session(), photo).bytes()).isEqualTo(before);
    }

    static void putAll(java.util.function.BiConsumer<String, Page> put, Object... keysAndPages) {
        for (int i = 0; i < keysAndPages.length; i += 2) {
            put.accept((String) keysAndPages[i], (Page) keysAndPages[i + 1]);
        }
    }

    /** The 5 MB limit of the profile photo. */
    static final class PhotoLimits {
        static final int FIVE_MB = 5 * 1024 * 1024;
    }

    @Test
    void aPhotoIsWithheldFromViewersItsVisibilityLeavesOut() throws Exception {
        Person mia = signUp("Mia " + token());
        Person member = signUp("Ned " + token());
        Person connection = signUp("Ola " + token());
        Db.execute("insert into connection_edge (member_id, other_id, how_met) values (?, ?, 'OTHER'), (?, ?, 'OTHER')",
                mia.id(), connection.id(), connection.id(), mia.id());
        upload(mia, "me.png", "image/png", image("png", 300, 300));
        String photo = "photos/" + mia.id() + "/96?v=1";
        assertThat(fetchBinary(anonymous(), photo).status()).isEqualTo(200);
        assertThat(fetchBinary(anonymous(), photo).cacheControl()).contains("public");

        Map<String, String> fields = fullProfile(token(), "MEMBERS");
        fields.put("photoVisibility", "CONNECTIONS");
        saveProfile(mia, fields);

        assertThat(fetchBinary(anonymous(), photo).status()).isEqualTo(404);
        assertThat(fetchBinary(member.session(), photo).status()).isEqualTo(404);
        Fetched forConnection = fetchBinary(connection.session(), photo);
        assertThat(forConnection.status()).isEqualTo(200);
        assertThat(forConnection.cacheControl()).contains("private").doesNotContain("public");
        assertThat(fetchBinary(mia.session(), photo).status()).isEqualTo(200);
        assertThat(anonymous().get("in/" + mia.handle()).byId("profile-photo")).isEmpty();
        assertThat(member.session().get("in/" + mia.handle()).byId("profile-photo")).isEmpty();
        assertThat(connection.session().get("in/" + mia.handle()).byId("profile-photo")).isPresent();
    }

    static Fetched fetchBinary(WebSession session, String path) {
        var response = session.getBytes(path);
        return new Fetched(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Cache-Control").orElse(""), response.body());
    }

    // ------------------------------------------------------------------ plugin sections, skills, ownership

    @Test
    void theProbeSectionFollowsThePluginStateAndTheOwnersSectionsVisibility() throws Exception {
        Person owner = signUp("Pia " + token());
        Person member = signUp("Quin " + token());
        String path = "in/" + owner.handle();
        boolean wasEnabled = Db.number("select count(*) from plugin_state where plugin_id = 'probe' and enabled") == 1;
        try {
            Db.execute("update plugin_state set enabled = true where plugin_id = 'probe'");
            Page shown = member.session().get(path);
            assertThat(shown.byId("profile-section-probe").orElseThrow().text())
                    .contains("Probe section", "Probe says hello to Pia", "(@" + owner.handle() + ")");
            assertThat(shown.byId("probe-section-text").orElseThrow().attr("data-viewer")).isEqualTo("member");
            // sections_visibility is MEMBERS by default: not for anonymous visitors
            assertThat(anonymous().get(path).byId("profile-section-probe")).isEmpty();

            Db.execute("update profile set sections_visibility = 'EVERYONE' where member_id = ?", owner.id());
            assertThat(anonymous().get(path).byId("probe-section-text").orElseThrow().attr("data-viewer")).isEqualTo("anonymous");
            Db.execute("update profile set sections_visibility = 'CONNECTIONS' where member_id = ?", owner.id());
            assertThat(member.session().get(path).byId("profile-section-probe")).isEmpty();
            assertThat(member.session().get(path).body()).doesNotContain("Probe says hello");
            assertThat(owner.session().get(path).byId("profile-section-probe")).isPresent();

            Db.execute("update plugin_state set enabled = false where plugin_id = 'probe'");
            assertThat(owner.session().get(path).byId("profile-section-probe")).isEmpty();
            Db.execute("update plugin_state set enabled = true where plugin_id = 'probe'");
            assertThat(owner.session().get(path).byId("profile-section-probe")).isPresent();
        } finally {
            Db.execute("update plugin_state set enabled = ? where plugin_id = 'probe'", wasEnabled);
        }
    }

    @Test
    void skillsAreSharedNormalisedAndSuggestedAsMembersType() throws Exception {
        String t = token();
        Person rob = signUp("Rob " + t);
        Person sue = signUp("Sue " + t);
        Page edit = rob.session().get("profile/edit");
        edit = Forms.post(rob.session(), edit, "profile", Map.of("newSkill", "  Quantum   Knitting" + t + " "), "addSkill");
        edit = Forms.post(rob.session(), edit, "profile", Map.of("newSkill", "QUANTUM KNITTING" + t.toUpperCase()), "addSkill");
        assertThat(edit.document().select("#skill-list .skill-name").eachText()).containsExactly("Quantum Knitting" + t);
        Forms.post(rob.session(), edit, "profile", Map.of(), "save");

        Page suggestions = sue.session().get("profile/skills?q=" + "knitting" + t.substring(0, 3));
        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(suggestions.body()).isEqualTo("[\"Quantum Knitting" + t + "\"]");

        Page sues = sue.session().get("profile/edit");
        sues = Forms.post(sue.session(), sues, "profile", Map.of("newSkill", "quantum knitting" + t), "addSkill");
        Forms.post(sue.session(), sues, "profile", Map.of(), "save");
        assertThat(Db.number("select count(*) from skill where normalised = ?", "quantum knitting" + t)).isEqualTo(1);
        assertThat(Db.number("select count(*) from member_skill ms join skill s on s.id = ms.skill_id where s.normalised = ?",
                "quantum knitting" + t)).isEqualTo(2);
        assertThat(sue.session().get("in/" + sue.handle()).byId("profile-skills").orElseThrow().text())
                .contains("Quantum Knitting" + t);

        assertThat(anonymous().get("profile/skills?q=quantum").uri().getPath()).isEqualTo("/signin");
    }

    @Test
    void theEditPageAlwaysEditsTheCallersOwnProfile() throws Exception {
        String t = token();
        Person uma = signUp("Uma " + t);
        Person vic = signUp("Vic " + t);
        String umasHandle = uma.handle();

        Page vicsPage = vic.session().get("profile/edit");
        assertThat(vicsPage.byId("profile:handle").orElseThrow().val()).isEqualTo(vic.handle());
        assertThat(vicsPage.byId("profile:displayName").orElseThrow().val()).isEqualTo("Vic " + t);

        // Vic replays Uma's form (her view state) with his own session: refused, Uma's profile unchanged
        Page umasPage = uma.session().get("profile/edit");
        Page replay = Forms.post(vic.session(), umasPage, "profile", Map.of("headline", "Written by Vic " + t), "save");
        assertThat(replay.text()).doesNotContain("Your profile has been saved");
        assertThat(Db.text("select headline from profile where member_id = ?", uma.id())).isNull();
        assertThat(Db.text("select headline from profile where member_id = ?", vic.id())).isNull();

        // saving his own page changes only his profile
        Forms.post(vic.session(), vicsPage, "profile", Map.of("headline", "Vic's own " + t), "save");
        assertThat(Db.text("select headline from profile where member_id = ?", vic.id())).isEqualTo("Vic's own " + t);
        assertThat(Db.text("select headline from profile where member_id = ?", uma.id())).isNull();
        assertThat(uma.handle()).isEqualTo(umasHandle);

        // signed-out visitors are sent to sign in
        assertThat(anonymous().get("profile/edit").uri().getPath()).isEqualTo("/signin");
    }
}
