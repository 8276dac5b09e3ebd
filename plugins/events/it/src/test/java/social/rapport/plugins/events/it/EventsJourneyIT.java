package social.rapport.plugins.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;

/**
 * In real browsers: a member creates an event, a connection says they are going, the feed shows
 * it, the .ics file downloads and parses, and an admin switches the plugin off (everything of it
 * disappears) and on again (all back, data intact).
 */
@RapportIT
class EventsJourneyIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static URI shared;

    @ArquillianResource
    URL base;

    @BeforeEach
    void enable() throws Exception {
        shared = new URL(base, "/").toURI();
        People.setPluginEnabled(shared, "events", true);
    }

    @AfterAll
    static void asShipped() throws Exception {
        if (shared != null) {
            People.setPluginEnabled(shared, "events", false);
        }
    }

    @Test
    void createAnswerDownloadAndSwitchThePluginOffAndOn() throws Exception {
        String hostEmail = Members.uniqueEmail("elena");
        String guestEmail = Members.uniqueEmail("franco");
        try (Browser host = new Browser(base.toString()); Browser guest = new Browser(base.toString());
             Browser admin = new Browser(base.toString())) {
            signUpAndIn(host, hostEmail, "Elena Host");
            signUpAndIn(guest, guestEmail, "Franco Guest");
            long hostId = Db.number("select id from member where email = ?", hostEmail);
            long guestId = Db.number("select id from member where email = ?", guestEmail);
            People.connect(hostId, guestId);

            // the host creates an event from the Events menu entry
            host.open("home");
            host.click("a.nav-plugin[href$='/p/events/index.xhtml']");
            host.click("#create-event");
            LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Rome")).plusDays(5).withHour(18).withMinute(30);
            host.type("#event\\:title", "Jakarta EE evening");
            host.type("#event\\:description", "Talks about Faces and CDI.\nThen pizza.");
            setValue(host, "#event\\:start", LOCAL.format(start));
            setValue(host, "#event\\:end", LOCAL.format(start.plusHours(2)));
            new Select(host.find("#event\\:zone")).selectByValue("Europe/Rome");
            host.type("#event\\:venue", "Talent Garden");
            host.type("#event\\:address", "Via Merano 16, Milano");
            host.type("#event\\:capacity", "40");
            new Select(host.find("#event\\:visibility")).selectByValue("CONNECTIONS");
            host.click("#event\\:save");
            assertThat(host.text("#messages")).contains("Your event is created.");
            assertThat(host.text("#event-title")).isEqualTo("Jakarta EE evening");
            assertThat(host.text("#event-when")).contains("18:30", "(Europe/Rome)");
            String eventPath = host.path() + "?" + URI.create(host.driver().getCurrentUrl()).getQuery();
            long eventId = Long.parseLong(eventPath.replaceAll(".*id=(\\d+).*", "$1"));
            host.screenshot("events-created");

            // the connection finds it in "Upcoming in my network" and says they are going
            guest.open("p/events/index.xhtml?list=UPCOMING");
            guest.click("#event-" + eventId + " a.name");
            guest.click("#rsvp\\:going");
            assertThat(guest.text("#messages")).contains("You are going.");
            assertThat(guest.find("#my-status").getAttribute("data-status")).isEqualTo("GOING");
            assertThat(guest.text("#going")).contains("Franco Guest");
            guest.screenshot("events-going");

            // "Add to calendar": the link serves a calendar file that ical4j parses
            String icsHref = guest.find("#ics").getAttribute("href");
            WebSession guestHttp = new WebSession(new URL(base, "/").toURI());
            guestHttp.signIn(guestEmail, Members.PASSWORD);
            HttpResponse<byte[]> ics = guestHttp.getBytes(URI.create(icsHref).getPath().substring(1) + "?" + URI.create(icsHref).getQuery());
            assertThat(ics.statusCode()).isEqualTo(200);
            Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics.body(), StandardCharsets.UTF_8)));
            calendar.validate();
            VEvent vevent = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            assertThat(vevent.getSummary().getValue()).isEqualTo("Jakarta EE evening");
            assertThat(vevent.getLocation().getValue()).contains("Talent Garden");

            // an admin switches the plugin off: menu entry, pages, profile section are gone at once
            signIn(admin, Members.ADMIN);
            admin.open("admin/plugins");
            admin.click("#plugin-events input[value=Disable]");
            assertThat(admin.find("#plugin-events").getAttribute("data-state")).isEqualTo("disabled");
            guest.open(eventPath.substring(1));
            assertThat(guest.driver().getPageSource()).doesNotContain("Jakarta EE evening");
            assertThat(guest.present("#event-title")).isFalse();
            guest.open("home");
            assertThat(guest.present("a.nav-plugin[href$='/p/events/index.xhtml']")).isFalse();
            host.open("in/" + Db.text("select handle from profile where member_id = ?", hostId));
            assertThat(host.present("#events-profile-section")).isFalse();
            guest.screenshot("events-disabled");

            // and on again: everything is back, with the answer kept
            admin.open("admin/plugins");
            admin.click("#plugin-events input[value=Enable]");
            guest.open("home");
            assertThat(guest.present("a.nav-plugin[href$='/p/events/index.xhtml']")).isTrue();
            guest.open(eventPath.substring(1));
            assertThat(guest.text("#event-title")).isEqualTo("Jakarta EE evening");
            assertThat(guest.find("#my-status").getAttribute("data-status")).isEqualTo("GOING");
            host.open("in/" + Db.text("select handle from profile where member_id = ?", hostId));
            assertThat(host.text("#events-profile-section")).contains("Jakarta EE evening");
        }
    }

    /**
     * The home feed shows the plugin's item for a connection's event, and hides it while the plugin
     * is off. Relies on the core's feed composition (issue #4): every plugin item is an element with
     * class feed-item, data-kind, data-plugin and data-key.
     */
    @Test
    void theHomeFeedShowsThatAConnectionIsGoing() throws Exception {
        URI root = new URL(base, "/").toURI();
        People.Person host = People.newMember(root, "Feed Host");
        People.Person friend = People.newMember(root, "Feed Friend");
        String viewerEmail = Members.uniqueEmail("viola");
        try (Browser viewer = new Browser(base.toString())) {
            signUpAndIn(viewer, viewerEmail, "Viola Viewer");
            long viewerId = Db.number("select id from member where email = ?", viewerEmail);
            People.connect(viewerId, friend.id());
            long eventId = EventsIT.create(host, "Feed journey conference", "PUBLIC", null, java.util.Map.of());
            friend.session().submit(friend.session().get("p/events/event.xhtml?id=" + eventId), "rsvp", java.util.Map.of(), "going");
            String item = ".feed-item[data-kind='events.event'][data-plugin='events'][data-key='event-" + eventId + "-connections-going']";

            viewer.open("home");
            assertThat(viewer.text(item)).contains("One of your connections is going to Feed journey conference");
            viewer.screenshot("events-feed");

            People.setPluginEnabled(root, "events", false);
            try {
                viewer.open("home");
                assertThat(viewer.present(item)).isFalse();
                assertThat(viewer.present(".feed-item[data-plugin='events']")).isFalse();
            } finally {
                People.setPluginEnabled(root, "events", true);
            }
            viewer.open("home");
            assertThat(viewer.present(item)).isTrue();
        }
    }

    /** datetime-local inputs take their value in the browser's locale format when typed; set it as the page would submit it. */
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
        assertThat(browser.text("#welcome")).contains(name);
        Members.forgetSignInAttempts(email);
    }

    /** Signs in (the admin account exists: enable() signed it up through the helper). */
    private static void signIn(Browser browser, String email) {
        browser.open("signin");
        browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        Members.forgetSignInAttempts(email);
    }
}
