package social.rapport.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * The privacy sweep: an owner shares every part of their profile (photo, headline, location,
 * about, experience, education, skills, open to, connections, plugin sections) with one
 * audience, and every page that can show a member is opened by an anonymous visitor, a stranger
 * (a member two steps away, so the owner is among their suggestions), a connection and the
 * owner: the profile page, the owner's post and the home feed, the network member page, people
 * you may know, followers and following, search, the inbox and the conversation, an event's
 * attendees, and notifications; the photo is also fetched by its address. A part is on a page
 * only for the audience it is shared with, and on the profile page it is there for them (the
 * photo also on the post's page, and in the notification the stranger gets).
 */
@RapportIT
@RunAsClient
class PrivacyIT {

    static URI shared;

    @ArquillianResource
    URL url;

    URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @BeforeEach
    void events() throws Exception {
        base = url.toURI();
        shared = base;
        People.setPluginEnabled(base, "events", true);
    }

    @AfterAll
    static void asShipped() throws Exception {
        if (shared != null) {
            People.setPluginEnabled(shared, "events", false);
        }
    }

    enum Viewer { ANONYMOUS, STRANGER, CONNECTION, OWNER }

    @Test
    void everyPartIsShownOnlyToItsAudienceOnEveryPage() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String audience : List.of("EVERYONE", "MEMBERS", "CONNECTIONS")) {
            problems.addAll(sweep(audience));
        }
        assertThat(problems).isEmpty();
    }

    /** One audience for every part: what leaks to whom, and what is missing for whom it is shared with. */
    private List<String> sweep(String audience) throws Exception {
        String marker = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6) + "q";
        String name = "Priya Private " + marker.toUpperCase(Locale.ROOT).charAt(0) + UUID.randomUUID().toString().substring(0, 4);
        Person owner = People.newMember(base, name);
        Page edit = owner.session().get("profile/edit");
        edit = Forms.post(owner.session(), edit, "profile", Map.of(), "addExperience");
        edit = Forms.post(owner.session(), edit, "profile", Map.of(), "addEducation");
        Page saved = Forms.post(owner.session(), edit, "profile", ProfileIT.fullProfile(marker, audience), "save");
        assertThat(saved.errors()).isEmpty();
        Page photo = Forms.upload(owner.session(), owner.session().get("profile/edit"), "photo",
                new Forms.Upload("file", "me.png", "image/png", ProfileIT.image("png", 300, 300)), "upload");
        assertThat(photo.errors()).isEmpty();
        String handle = Db.text("select handle from profile where member_id = ?", owner.id());
        // a post to everyone, so that the owner's photo may appear as its author's (on its page and in feeds)
        long post = Db.number("insert into post (author_id, body, audience) values (?, ?, 'EVERYONE') returning id",
                owner.id(), "A post by the owner " + marker);

        Person bridge = People.newMember(base, "Bruno Bridge");
        Person stranger = People.newMember(base, "Stella Stranger");
        Person connection = People.newMember(base, "Carla Connection");
        People.connect(owner, bridge);
        People.connect(stranger, bridge);
        People.connect(owner, connection);
        Map<Viewer, Person> viewers = Map.of(Viewer.STRANGER, stranger, Viewer.CONNECTION, connection);
        long event = eventWith(bridge, owner);
        for (Person viewer : viewers.values()) {
            owner.act(viewer, "follow"); // a notification, and the owner among the viewer's followers
            Db.execute("insert into follow (follower_id, followee_id) values (?, ?) on conflict do nothing", viewer.id(), owner.id());
            Page write = owner.session().get("messages/new?to=" + viewer.id());
            if (write.byId("send").isPresent()) {
                owner.session().submit(write, "send", Map.of("body", "Hello"), "submit");
            }
        }

        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Viewer viewer : Viewer.values()) {
            WebSession session = switch (viewer) {
                case ANONYMOUS -> new WebSession(base);
                case OWNER -> owner.session();
                default -> viewers.get(viewer).session();
            };
            Map<String, Page> pages = pages(session, viewer, owner, handle, name, event, post, viewers.get(viewer));
            boolean allowed = switch (audience) {
                case "EVERYONE" -> true;
                case "MEMBERS" -> viewer != Viewer.ANONYMOUS;
                default -> viewer == Viewer.CONNECTION || viewer == Viewer.OWNER;
            };
            // the owner is really on the lists looked at (else a missing leak would prove nothing)
            for (String list : viewer == Viewer.STRANGER || viewer == Viewer.CONNECTION
                    ? List.of("network member", "followers", "following", "search", "event attendees") : List.<String>of()) {
                if (!pages.get(list).text().contains(name)) {
                    missing.add("the owner on " + list + " of " + viewer);
                }
            }
            if (viewer == Viewer.STRANGER && !pages.get("network").text().contains(name)) {
                missing.add("the owner among the stranger's suggestions");
            }
            if (viewer == Viewer.STRANGER && !pages.get("notifications").text().contains(name)) {
                missing.add("the owner's follow among the stranger's notifications"); // a connection is not told of a follow
            }
            // the parts that are not text the owner wrote: the photo, "open to", the connections and plugin sections
            for (Map.Entry<String, PagePart> part : markupParts(owner.id()).entrySet()) {
                for (Map.Entry<String, Page> page : pages.entrySet()) {
                    boolean shown = part.getValue().shownOn(page.getValue());
                    if (shown && !allowed) {
                        leaks.add(part.getKey() + " on " + page.getKey() + " to " + viewer);
                    }
                    boolean opened = page.getValue().status() == 200 && !page.getValue().uri().getPath().equals("/signin");
                    if (allowed && !shown && opened && part.getValue().expectedOn(page.getKey(), viewer)) {
                        missing.add(part.getKey() + " on " + page.getKey() + " to " + viewer);
                    }
                }
            }
            // the photo itself, by its address (the servlet decides, not the page that links it)
            for (int size : List.of(400, 96)) {
                int status = session.getBytes("photos/" + owner.id() + "/" + size).statusCode();
                if (allowed && status != 200 || !allowed && status != 404) {
                    (allowed ? missing : leaks).add("photo /photos/" + owner.id() + "/" + size + " answers " + status + " to " + viewer);
                }
            }
            for (Map.Entry<String, String> part : parts(marker).entrySet()) {
                for (Map.Entry<String, Page> page : pages.entrySet()) {
                    boolean shown = page.getValue().text().toLowerCase(Locale.ROOT).contains(part.getValue().toLowerCase(Locale.ROOT));
                    if (shown && !allowed) {
                        leaks.add(part.getKey() + " on " + page.getKey() + " to " + viewer);
                    }
                    // search is for members: an anonymous visitor is sent to sign in (where nothing may leak either)
                    boolean expected = page.getKey().equals("profile") || part.getKey().equals("headline") && viewer != Viewer.ANONYMOUS
                            && List.of("network member", "search", "followers", "following").contains(page.getKey());
                    if (allowed && expected && !shown && pages.get("profile").status() == 200) {
                        missing.add(part.getKey() + " on " + page.getKey() + " to " + viewer);
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        leaks.forEach(l -> problems.add(audience + " part leaks: " + l));
        missing.forEach(m -> problems.add(audience + " part missing: " + m));
        return problems;
    }

    /** A part of the profile found by its markup, and the pages it must be on for whom may see it. */
    private record PagePart(Predicate<Page> shown, BiPredicate<String, Viewer> expected) {

        boolean shownOn(Page page) {
            return shown.test(page);
        }

        boolean expectedOn(String page, Viewer viewer) {
            return expected.test(page, viewer);
        }
    }

    /**
     * The photo (any size, wherever the owner appears: the profile, their post's page, a feed, a
     * notification they caused), the "open to" topics, the number of connections and the events
     * plugin's section (the owner goes to an event).
     */
    private static Map<String, PagePart> markupParts(long owner) {
        String photo = "/photos/" + owner + "/";
        Map<String, PagePart> parts = new LinkedHashMap<>();
        parts.put("photo", new PagePart(page -> page.body().contains(photo),
                (page, viewer) -> page.equals("profile") || page.equals("post")
                        || page.equals("notifications") && viewer == Viewer.STRANGER));
        parts.put("open to", new PagePart(page -> !page.document().select("[data-topic=MENTORING]").isEmpty(), (page, viewer) -> page.equals("profile")));
        parts.put("connections", new PagePart(page -> page.byId("profile-connections").isPresent(), (page, viewer) -> page.equals("profile")));
        parts.put("plugin section", new PagePart(page -> page.byId("profile-section-events").isPresent(), (page, viewer) -> page.equals("profile")));
        return parts;
    }

    /** The text of each part as the owner wrote it (see {@link ProfileIT#fullProfile}). */
    private static Map<String, String> parts(String marker) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : List.of("Headline", "Location", "About", "Title", "Organisation", "Description", "School", "Field", "Skill")) {
            parts.put(part.toLowerCase(Locale.ROOT), part + " " + marker);
        }
        return parts;
    }

    /** Every page that may show the owner to this viewer. */
    private static Map<String, Page> pages(WebSession session, Viewer viewer, Person owner, String handle, String name, long event,
            long post, Person member) throws Exception {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("profile", session.get("in/" + handle));
        pages.put("post", session.get("post/" + post));
        pages.put("event attendees", session.get("p/events/event.xhtml?id=" + event));
        pages.put("search", session.get("search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        if (viewer == Viewer.ANONYMOUS) {
            return pages;
        }
        pages.put("home", session.get("home"));
        pages.put("network", session.get("network"));
        pages.put("notifications", session.get("notifications"));
        pages.put("inbox", session.get("messages"));
        pages.put("requests", session.get("messages?folder=requests"));
        if (viewer != Viewer.OWNER) {
            pages.put("network member", session.get("network/member?id=" + owner.id()));
            pages.put("followers", session.get("network/followers"));
            pages.put("following", session.get("network/following"));
            String key = Math.min(owner.id(), member.id()) + ":" + Math.max(owner.id(), member.id());
            String conversation = Db.text("select id::text from conversation where direct_key = ?", key);
            if (conversation != null) {
                pages.put("conversation", session.get("messages/conversation?id=" + conversation));
            }
        }
        return pages;
    }

    /** A public event of {@code host} that {@code attendee} is going to. */
    private static long eventWith(Person host, Person attendee) {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withSecond(0).withNano(0);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        Map<String, String> fields = new HashMap<>(Map.of("title", "Privacy meetup", "description", "Talks", "start", local.format(start),
                "end", local.format(start.plusHours(2)), "zone", "Europe/Rome", "venue", "Hall", "address", "Via Roma 1, Milano",
                "visibility", "PUBLIC", "capacity", ""));
        Page created = host.session().submit(host.session().get("p/events/edit.xhtml"), "event", fields, "save");
        long id = Long.parseLong(created.byId("event").orElseThrow(() -> new AssertionError(created.errors())).attr("data-event"));
        attendee.session().submit(attendee.session().get("p/events/event.xhtml?id=" + id), "rsvp", Map.of(), "going");
        return id;
    }
}
