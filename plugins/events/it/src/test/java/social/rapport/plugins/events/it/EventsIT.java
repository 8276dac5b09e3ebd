package social.rapport.plugins.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * The events plugin on the real server and PostgreSQL: creating and finding events, invite-only
 * events hidden from strangers who guess ids, capacity and the waitlist under concurrent RSVPs,
 * invitation limits and blocks, reminders sent once with two schedulers claiming at the same
 * moment, the follow-up never revealing a one-sided mark, the .ics file, and switching the plugin
 * off and on. Feed items are checked on the contributor here; the home page markup in EventsJourneyIT.
 */
@RapportIT(classes = EventsTestTrigger.class)
class EventsIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static URI shared;

    @ArquillianResource
    URI base;

    @BeforeEach
    void enableEvents() throws Exception {
        shared = base;
        People.setPluginEnabled(base, "events", true);
    }

    /** Other IT classes share the database: leave the plugin as it ships (disabled). */
    @AfterAll
    static void disableEvents() throws Exception {
        if (shared != null) {
            People.setPluginEnabled(shared, "events", false);
        }
    }

    private Person member(String name) throws Exception {
        return People.newMember(base, name);
    }

    private static String unique(String word) {
        return word + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Fills the event form as a host would; returns the new event's id. */
    static long create(Person host, String title, String visibility, Integer capacity, Map<String, String> more) {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withSecond(0).withNano(0);
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "description", "Talks and pizza",
                "start", LOCAL.format(start), "end", LOCAL.format(start.plusHours(2)), "zone", "Europe/Rome",
                "venue", "Talent Garden", "address", "Via Merano 16, Milano", "visibility", visibility,
                "capacity", capacity == null ? "" : capacity.toString()));
        fields.putAll(more);
        Page created = host.session().submit(host.session().get("p/events/edit.xhtml"), "event", fields, "save");
        assertThat(created.byId("event-title")).as(created.uri() + " " + created.errors()).isPresent();
        return Long.parseLong(created.byId("event").orElseThrow().attr("data-event"));
    }

    /** Changes some fields of an event on its edit form (a browser also sends the selects and the description). */
    static Page edit(Person host, long id, Map<String, String> changes) throws Exception {
        Map<String, String> fields = new HashMap<>(Map.of("zone", Db.text("select time_zone from events_event where id = ?", id),
                "visibility", Db.text("select visibility from events_event where id = ?", id),
                "description", Db.text("select description from events_event where id = ?", id)));
        fields.putAll(changes);
        return host.session().submit(host.session().get("p/events/edit.xhtml?id=" + id), "event", fields, "save");
    }

    private static Page eventPage(Person person, long id) {
        return person.session().get("p/events/event.xhtml?id=" + id);
    }

    private static Page answer(Person person, long id, String button) {
        return person.session().submit(eventPage(person, id), "rsvp", Map.of(), button);
    }

    private static String status(long eventId, Person person) throws Exception {
        return Db.text("select status from events_attendee where event_id = ? and member_id = ?", eventId, person.id());
    }

    private static long notifications(Person person, String type) throws Exception {
        return Db.number("select count(*) from notification where recipient_id = ? and type = ?", person.id(), type);
    }

    @Test
    void aMemberCreatesAnEventThatOthersFindOpenAndSearch() throws Exception {
        Person host = member("Host Hilda");
        Person other = member("Other Otto");
        Page refused = host.session().submit(host.session().get("p/events/edit.xhtml"), "event",
                Map.of("title", " ", "start", "2020-01-01T10:00", "end", "2020-01-01T12:00", "venue", "x", "zone", "UTC", "visibility", "PUBLIC"), "save");
        assertThat(refused.errors()).contains("Give the event a title.");
        Page past = host.session().submit(host.session().get("p/events/edit.xhtml"), "event",
                Map.of("title", "Too late", "start", "2020-01-01T10:00", "end", "2020-01-01T12:00", "venue", "x", "zone", "UTC", "visibility", "PUBLIC"), "save");
        assertThat(past.errors()).contains("The start must be in the future.");
        Page nowhere = host.session().submit(host.session().get("p/events/edit.xhtml"), "event",
                Map.of("title", "Nowhere", "start", "2099-01-01T10:00", "end", "2099-01-01T12:00", "onlineUrl", "javascript:alert(1)",
                        "zone", "UTC", "visibility", "PUBLIC"), "save");
        assertThat(nowhere.errors()).contains("The online link must be a web address");

        String title = unique("JavaDay Milano ");
        long id = create(host, title, "PUBLIC", 50, Map.of());
        Page page = eventPage(other, id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.byId("event-title").orElseThrow().text()).isEqualTo(title);
        assertThat(page.byId("event-when").orElseThrow().text()).contains("(Europe/Rome)");
        assertThat(page.byId("event-place").orElseThrow().text()).contains("Talent Garden, Via Merano 16, Milano");
        assertThat(page.byId("hosts").orElseThrow().text()).contains("Host Hilda");
        assertThat(new WebSession(base).get("p/events/event.xhtml?id=" + id).status()).as("public: anyone").isEqualTo(200);
        assertThat(Db.text("select time_zone from events_event where id = ?", id)).isEqualTo("Europe/Rome");

        assertThat(host.session().get("p/events/index.xhtml?list=HOSTING").byId("event-" + id)).isPresent();
        Page found = other.session().get("p/events/index.xhtml?list=SEARCH&q=" + title.substring(title.length() - 6));
        assertThat(found.byId("event-" + id)).isPresent();
        assertThat(other.session().get("p/events/index.xhtml?list=SEARCH&q=talent+garden").byId("event-" + id)).isPresent();
        assertThat(other.session().get("p/events/index.xhtml?list=SEARCH&q=" + title.substring(title.length() - 6) + "&from=2099-01-01")
                .byId("event-" + id)).as("after the date").isEmpty();

        // the host edits (those who answered hear of the new place); a member who is not a host cannot
        answer(other, id, "going");
        edit(host, id, Map.of("venue", "Base Milano"));
        assertThat(eventPage(other, id).byId("event-place").orElseThrow().text()).contains("Base Milano");
        assertThat(notifications(other, "events.changed")).isEqualTo(1);
        assertThat(other.session().get("p/events/edit.xhtml?id=" + id).status()).isEqualTo(403);
        assertThat(new WebSession(base).get("p/events/index.xhtml").uri().getPath()).as("members only").isEqualTo("/signin");

        // the host cancels: those who answered are told, answers close, the data stays
        // cancelling asks first: the first press changes nothing, and the confirm button is not there before it
        Page asked = host.session().submit(eventPage(host, id), "host", Map.of(), "cancelEvent");
        assertThat(asked.byId("cancel-confirm-question").orElseThrow().text()).contains("Everyone who replied is told");
        assertThat(Db.number("select count(*) from events_event where id = ? and cancelled_at is not null", id)).isZero();
        assertThat(eventPage(host, id).document().select("[name$=:confirmCancel]"))
                .as("the confirm button exists only while the question is shown").isEmpty();
        host.session().submit(asked, "host", Map.of(), "confirmCancel");
        assertThat(notifications(other, "events.cancelled")).isEqualTo(1);
        Page cancelled = eventPage(other, id);
        assertThat(cancelled.byId("cancelled")).isPresent();
        assertThat(cancelled.byId("rsvp")).isEmpty();
        assertThat(status(id, other)).isEqualTo("GOING");
    }

    @Test
    void theDiscussionIsForThoseWhoMaySeeTheEvent() throws Exception {
        Person host = member("Talk Host");
        Person ada = member("Ada Talks");
        Person blocked = member("Blocked Bob");
        long id = create(host, unique("Discussed "), "PUBLIC", null, Map.of());
        Page empty = ada.session().submit(eventPage(ada, id), "discussion", Map.of("body", "   "), "post");
        assertThat(empty.errors()).contains("Write something first.");
        ada.session().submit(eventPage(ada, id), "discussion", Map.of("body", "Is there parking? <b>bold</b>"), "post");
        long comment = Db.number("select id from events_comment where event_id = ? and author_id = ?", id, ada.id());
        Page seen = eventPage(host, id);
        assertThat(seen.byId("comment-" + comment).orElseThrow().text()).contains("Ada Talks", "Is there parking? <b>bold</b>");
        assertThat(seen.body()).doesNotContain("<b>bold</b>");
        host.session().submit(seen, People.rowForm(seen, "comment-" + comment), Map.of(), "react");
        assertThat(Db.number("select count(*) from events_comment_reaction where comment_id = ?", comment)).isEqualTo(1);
        assertThat(eventPage(ada, id).byId("comment-" + comment).orElseThrow().select("input[value$='(1)']")).hasSize(1);

        Db.execute("insert into member_block (blocker_id, blocked_id) values (?, ?)", ada.id(), blocked.id());
        assertThat(eventPage(blocked, id).byId("comment-" + comment)).as("a block hides the other's comments").isEmpty();
        // only the author or a host removes a comment
        Page adaPage = eventPage(ada, id);
        assertThat(eventPage(blocked, id).text()).doesNotContain("Is there parking");
        Page hostPage = eventPage(host, id);
        host.session().submit(hostPage, People.rowForm(hostPage, "comment-" + comment), Map.of(), "delete");
        assertThat(Db.number("select count(*) from events_comment where id = ?", comment)).isZero();
        assertThat(adaPage.status()).isEqualTo(200);
    }

    @Test
    void searchPagesByKeysetAcrossManyEvents() throws Exception {
        Person host = member("Many Events");
        String word = unique("kset");
        for (int i = 0; i < 25; i++) {
            Db.execute("insert into events_event (host_id, title, start_at, end_at, time_zone, venue, visibility) values "
                    + "(?, ?, now() + (? || ' hours')::interval, now() + (? || ' hours')::interval + interval '1 hour', 'UTC', 'Hall', 'PUBLIC')",
                    host.id(), "Meetup " + word + " " + i, String.valueOf(10 + i), String.valueOf(10 + i));
        }
        Page first = host.session().get("p/events/index.xhtml?list=SEARCH&q=" + word);
        assertThat(first.document().select("li.event-entry")).hasSize(20);
        String more = first.byId("more").orElseThrow().attr("href");
        assertThat(more).contains("after=").doesNotContain("offset");
        Page second = host.session().get(more.substring(1));
        assertThat(second.document().select("li.event-entry")).hasSize(5);
        assertThat(second.byId("more")).isEmpty();
        List<String> titles = new ArrayList<>(first.document().select("li.event-entry a.name").eachText());
        titles.addAll(second.document().select("li.event-entry a.name").eachText());
        assertThat(titles).doesNotHaveDuplicates().hasSize(25).first().asString().endsWith(" 0");
    }

    @Test
    void anInviteOnlyEventDoesNotExistForStrangersWhoGuessItsId() throws Exception {
        Person host = member("Secret Host");
        Person friend = member("Friend Fabio");
        Person invitee = member("Invitee Ivo");
        Person stranger = member("Stranger Sara");
        People.connect(host, friend);
        People.connect(host, invitee);
        long id = create(host, unique("Board dinner "), "INVITE_ONLY", null, Map.of());
        Db.execute("insert into events_cover (event_id, width, jpeg) values (?, 1200, ?), (?, 600, ?)", id, new byte[] {1}, id, new byte[] {1});
        Db.execute("update events_event set has_cover = true where id = ?", id);
        long missing = Db.number("select coalesce(max(id), 0) + 1000 from events_event");

        WebSession anonymous = new WebSession(base);
        for (WebSession outsider : List.of(stranger.session(), friend.session(), anonymous)) {
            for (String path : List.of("p/events/event.xhtml?id=", "p/events/calendar?id=", "p/events/cover?id=",
                    "p/events/followup.xhtml?id=", "p/events/edit.xhtml?id=")) {
                if (outsider == anonymous && (path.contains("followup") || path.contains("edit"))) {
                    continue; // anonymous visitors are sent to sign in first
                }
                assertThat(outsider.getBytes(path + id).statusCode()).as(path + " of an invite-only event").isEqualTo(404);
                assertThat(outsider.getBytes(path + missing).statusCode()).as(path + " of no event").isEqualTo(404);
            }
        }
        // the same answer, word for word, as for an id that does not exist
        assertThat(stranger.session().get("p/events/event.xhtml?id=" + id).text())
                .isEqualTo(stranger.session().get("p/events/event.xhtml?id=" + missing).text());
        assertThat(stranger.session().get("p/events/index.xhtml?list=SEARCH&q=board+dinner").byId("event-" + id)).isEmpty();
        assertThat(friend.session().get("p/events/index.xhtml?list=UPCOMING").byId("event-" + id)).isEmpty();

        // invited: now it exists for them, and only for them
        Page hostPage = eventPage(host, id);
        host.session().submit(hostPage, "invite", Map.of("invitees", String.valueOf(invitee.id())), "send");
        assertThat(eventPage(invitee, id).status()).isEqualTo(200);
        assertThat(invitee.session().getBytes("p/events/cover?id=" + id).statusCode()).isEqualTo(200);
        assertThat(invitee.session().get("p/events/index.xhtml?list=UPCOMING").byId("event-" + id)).isPresent();
        assertThat(notifications(invitee, "events.invitation")).isEqualTo(1);
        assertThat(eventPage(friend, id).status()).isEqualTo(404);
        answer(invitee, id, "going");
        assertThat(status(id, invitee)).isEqualTo("GOING");
        // the invitee's profile lists it for the host, never for a stranger
        String handle = Db.text("select handle from profile where member_id = ?", invitee.id());
        assertThat(host.session().get("in/" + handle).text()).contains("Board dinner");
        assertThat(stranger.session().get("in/" + handle).text()).doesNotContain("Board dinner");
    }

    @Test
    void concurrentRsvpsNeverOverfillAndTheWaitlistMovesUpInOrder() throws Exception {
        Person host = member("Capacity Carlo");
        long id = create(host, unique("Small room "), "PUBLIC", 3, Map.of());
        List<Person> people = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Person p = member("Rsvp " + i);
            people.add(p);
            pages.add(eventPage(p, id));
        }
        CyclicBarrier together = new CyclicBarrier(people.size());
        ExecutorService threads = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<Page>> answers = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                Page page = pages.get(i);
                answers.add(threads.submit((Callable<Page>) () -> {
                    together.await();
                    return p.session().submit(page, "rsvp", Map.of(), "going");
                }));
            }
            for (Future<Page> f : answers) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(Db.number("select count(*) from events_attendee where event_id = ? and status = 'GOING'", id)).isEqualTo(3);
        assertThat(Db.number("select count(*) from events_attendee where event_id = ? and status = 'WAITLISTED'", id)).isEqualTo(5);
        assertThat(Db.number("select count(distinct waitlist_seq) from events_attendee where event_id = ? and status = 'WAITLISTED'", id)).isEqualTo(5);

        List<Long> line = waitlist(id);
        Person firstWaiting = byId(people, line.get(0));
        Person secondWaiting = byId(people, line.get(1));
        Person thirdWaiting = byId(people, line.get(2));
        assertThat(eventPage(thirdWaiting, id).byId("waitlist-position").orElseThrow().text()).isEqualTo("3");

        // someone going drops out: the first in line moves up and is told
        Person leaving = people.stream().filter(p -> {
            try {
                return "GOING".equals(status(id, p));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        answer(leaving, id, "notGoing");
        assertThat(status(id, firstWaiting)).isEqualTo("GOING");
        assertThat(notifications(firstWaiting, "events.waitlist-promoted")).isEqualTo(1);
        assertThat(status(id, secondWaiting)).isEqualTo("WAITLISTED");
        // leaving the waitlist frees no seat; the next seat goes to the next in line, never to a newcomer
        answer(secondWaiting, id, "maybe");
        assertThat(Db.number("select count(*) from events_attendee where event_id = ? and status = 'GOING'", id)).isEqualTo(3);
        Person late = member("Late Comer");
        answer(late, id, "going");
        assertThat(status(id, late)).isEqualTo("WAITLISTED");
        answer(firstWaiting, id, "notGoing");
        assertThat(status(id, thirdWaiting)).isEqualTo("GOING");
        assertThat(status(id, late)).isEqualTo("WAITLISTED");
        assertThat(notifications(secondWaiting, "events.waitlist-promoted")).isZero();
        // a larger room promotes the rest of the line
        edit(host, id, Map.of("capacity", "20"));
        assertThat(Db.number("select count(*) from events_attendee where event_id = ? and status = 'WAITLISTED'", id)).isZero();
        assertThat(status(id, late)).isEqualTo("GOING");
    }

    private static List<Long> waitlist(long id) throws Exception {
        List<Long> line = new ArrayList<>();
        for (int place = 0; place < 5; place++) {
            line.add(Db.number("select member_id from events_attendee where event_id = ? and status = 'WAITLISTED' "
                    + "order by waitlist_seq offset ? limit 1", id, place));
        }
        return line;
    }

    private static Person byId(List<Person> people, long id) {
        return people.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void invitationsAreLimitedPerEventPerWeekAndNeverReachSomeoneWhoBlockedYou() throws Exception {
        Person host = member("Inviting Ines");
        Person a = member("Guest A");
        Person b = member("Guest B");
        Person blocker = member("Blocking Bea");
        People.connect(host, a);
        People.connect(host, b);
        People.connect(host, blocker);
        Person stranger = member("Not Connected");
        long id = create(host, unique("Launch "), "PUBLIC", null, Map.of());
        // 99 invitations already sent this week (recorded directly in the core's rate limits, per event)
        String perEvent = "event:" + id;
        Db.execute("insert into rate_limit_event (action, actor, at) select 'events.invitation', ?, now() - interval '3 days' "
                + "from generate_series(1, 99)", perEvent);
        Page sent = host.session().submit(eventPage(host, id), "invite", Map.of("invitees", String.valueOf(a.id())), "send");
        assertThat(sent.text()).contains("One invitation sent.");
        assertThat(Db.number("select count(*) from rate_limit_event where action = 'events.invitation' and actor = ?", perEvent)).isEqualTo(100);
        Page limited = host.session().submit(eventPage(host, id), "invite", Map.of("invitees", String.valueOf(b.id())), "send");
        assertThat(limited.errors()).contains("limit of invitations for this week");
        // a script gets 429, with the seconds until the oldest invitation leaves the week (4 days)
        Page script = host.session().ajaxForm(eventPage(host, id), "invite", Map.of("invitees", String.valueOf(b.id())), "invite:send");
        assertThat(script.status()).isEqualTo(429);
        assertThat(Long.parseLong(script.response().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(4L * 24 * 3600 - 60, 4L * 24 * 3600);
        assertThat(Db.number("select count(*) from events_invitation where event_id = ? and member_id = ?", id, b.id())).isZero();
        assertThat(notifications(b, "events.invitation")).isZero();
        // a week later the old ones no longer count
        Db.execute("update rate_limit_event set at = now() - interval '8 days' where action = 'events.invitation' and actor = ?", perEvent);
        host.session().submit(eventPage(host, id), "invite", Map.of("invitees", String.valueOf(b.id())), "send");
        assertThat(notifications(b, "events.invitation")).isEqualTo(1);

        // only connections can be invited, even by a forged form
        Page forged = host.session().submit(eventPage(host, id), "invite", Map.of("invitees", String.valueOf(stranger.id())), "send");
        assertThat(Db.number("select count(*) from events_invitation where event_id = ? and member_id = ?", id, stranger.id())).isZero();
        assertThat(forged.status()).isLessThan(500);

        // a member who blocked the host is no longer offered, and a form loaded before the block is refused
        Page before = eventPage(host, id);
        assertThat(before.byId("invite-connections").orElseThrow().text()).contains("Blocking Bea");
        Db.execute("insert into member_block (blocker_id, blocked_id) values (?, ?)", blocker.id(), host.id());
        assertThat(eventPage(host, id).text()).doesNotContain("Blocking Bea");
        Page blocked = host.session().submit(before, "invite", Map.of("invitees", String.valueOf(blocker.id())), "send");
        assertThat(blocked.status()).isLessThan(500);
        assertThat(Db.number("select count(*) from events_invitation where event_id = ? and member_id = ?", id, blocker.id())).isZero();
        assertThat(notifications(blocker, "events.invitation")).isZero();
        assertThat(eventPage(blocker, id).status()).as("a block hides the event both ways").isEqualTo(404);
    }

    @Test
    void remindersAreSentOnceEvenWhenTwoSchedulersClaimAtTheSameMoment() throws Exception {
        Person host = member("Reminding Rita");
        Person x = member("Going X");
        Person y = member("Going Y");
        Person z = member("Maybe Z");
        long id = create(host, unique("Reminder talk "), "PUBLIC", null, Map.of());
        answer(x, id, "going");
        answer(y, id, "going");
        answer(z, id, "maybe");
        Db.execute("update events_event set start_at = now() + interval '23 hours', end_at = now() + interval '25 hours' where id = ?", id);
        for (int round = 0; round < 3; round++) {
            String counts = new WebSession(base).get("test/events?run=reminders-twice").body();
            assertThat(counts).matches("\\d+,\\d+");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications(x, "events.reminder") == 1 && notifications(y, "events.reminder") == 1);
        assertThat(Db.number("select count(*) from events_reminder where event_id = ?", id)).isEqualTo(2);
        assertThat(notifications(z, "events.reminder")).as("only those going").isZero();
        assertThat(Db.text("select text from notification where recipient_id = ? and type = 'events.reminder'", x.id()))
                .startsWith("Tomorrow:").contains("(Europe/Rome)");

        // the last hour: one more each, still once
        Db.execute("update events_event set start_at = now() + interval '30 minutes', end_at = now() + interval '2 hours' where id = ?", id);
        new WebSession(base).get("test/events?run=reminders-twice");
        new WebSession(base).get("test/events?run=reminders-twice");
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications(x, "events.reminder") == 2);
        assertThat(notifications(y, "events.reminder")).isEqualTo(2);
        assertThat(Db.number("select count(*) from events_reminder where event_id = ? and kind = '1h'", id)).isEqualTo(2);

        // disabled: the job does nothing (not even claim), and catches up once enabled again
        Person w = member("Going W");
        long later = create(host, unique("Later talk "), "PUBLIC", null, Map.of());
        answer(w, later, "going");
        People.setPluginEnabled(base, "events", false);
        try {
            Db.execute("update events_event set start_at = now() + interval '20 hours', end_at = now() + interval '21 hours' where id = ?", later);
            assertThat(new WebSession(base).get("test/events?run=reminders-twice").body()).isEqualTo("0,0");
            assertThat(Db.number("select count(*) from events_reminder where event_id = ?", later)).isZero();
        } finally {
            People.setPluginEnabled(base, "events", true);
        }
        new WebSession(base).get("test/events?run=reminders-twice");
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications(w, "events.reminder") == 1);
    }

    @Test
    void theFollowUpRevealsOnlyMutualMarks() throws Exception {
        Person host = member("Follow Host");
        Person ana = member("Ana Follow");
        Person bruno = member("Bruno Follow");
        Person carla = member("Carla Follow");
        Person outsider = member("Outsider Olga");
        People.connect(ana, carla);
        String title = unique("Meetup ");
        long id = create(host, title, "PUBLIC", null, Map.of());
        for (Person p : List.of(ana, bruno, carla)) {
            answer(p, id, "going");
        }
        assertThat(ana.session().get("p/events/followup.xhtml?id=" + id).byId("followup-closed")).as("not before it ends").isPresent();
        Db.execute("update events_event set start_at = now() - interval '3 hours', end_at = now() - interval '1 hour' where id = ?", id);

        // Ana marks Bruno: nothing shows anywhere for Bruno
        Page anaPage = ana.session().get("p/events/followup.xhtml?id=" + id);
        assertThat(anaPage.byId("fellow-" + bruno.id())).isPresent();
        ana.session().submit(anaPage, "followup", Map.of("met", String.valueOf(bruno.id())), "save");
        Page anaAfter = ana.session().get("p/events/followup.xhtml?id=" + id);
        assertThat(anaAfter.byId("marked-" + bruno.id()).orElseThrow().attr("data-mutual")).isEqualTo("false");

        Page brunoPage = bruno.session().get("p/events/followup.xhtml?id=" + id);
        assertThat(brunoPage.byId("marked")).hasValueSatisfying(list -> assertThat(list.children()).isEmpty());
        assertThat(brunoPage.byId("fellow-" + ana.id()).orElseThrow().text())
                .as("Ana looks exactly like Carla, who marked nobody")
                .isEqualTo("Ana Follow");
        assertThat(brunoPage.body()).doesNotContain("mutual").doesNotContain("You both said so");
        Page brunoNetwork = bruno.session().get("network");
        assertThat(brunoNetwork.byId("suggestion-" + ana.id()).map(e -> e.text()).orElse("")).doesNotContain("Met at");
        assertThat(brunoNetwork.byId("suggestion-" + ana.id()).map(e -> e.text().replace("Ana Follow", "NAME")).orElse(""))
                .isEqualTo(brunoNetwork.byId("suggestion-" + carla.id()).map(e -> e.text().replace("Carla Follow", "NAME")).orElse(""));
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type like 'events.%'", bruno.id())).isZero();
        assertThat(Db.number("select count(*) from member_interaction where kind = 'events.met' and (actor_id = ? or subject_id = ?)",
                bruno.id(), bruno.id())).isZero();
        assertThat(new WebSession(base).get("test/events?run=feed&member=" + bruno.id()).body()).doesNotContain("met");

        // Bruno marks Ana too: now both see it, as a suggestion with context
        bruno.session().submit(brunoPage, "followup", Map.of("met", String.valueOf(ana.id())), "save");
        assertThat(bruno.session().get("network").byId("suggestion-" + ana.id()).orElseThrow().text()).contains("Met at " + title);
        assertThat(ana.session().get("network").byId("suggestion-" + bruno.id()).orElseThrow().text()).contains("Met at " + title);
        assertThat(ana.session().get("p/events/followup.xhtml?id=" + id).byId("marked-" + bruno.id()).orElseThrow().attr("data-mutual"))
                .isEqualTo("true");
        assertThat(Db.number("select count(*) from member_interaction where kind = 'events.met' and "
                + "((actor_id = ? and subject_id = ?) or (actor_id = ? and subject_id = ?))", ana.id(), bruno.id(), bruno.id(), ana.id()))
                .isEqualTo(2);
        // Carla never learns of either mark
        Page carlaPage = carla.session().get("p/events/followup.xhtml?id=" + id);
        assertThat(carlaPage.body()).doesNotContain("You both said so");
        assertThat(carla.session().get("network").text()).doesNotContain("Met at");

        // already connected, mutual: a keep-in-touch nudge in the feed instead of a suggestion
        ana.session().submit(ana.session().get("p/events/followup.xhtml?id=" + id), "followup", Map.of("met", String.valueOf(carla.id())), "save");
        carla.session().submit(carlaPage, "followup", Map.of("met", String.valueOf(ana.id())), "save");
        assertThat(new WebSession(base).get("test/events?run=feed&member=" + carla.id()).body())
                .contains("event-" + id + "-met-" + ana.id() + "=You and Ana Follow met at " + title);

        // co-attendance is recorded once, between attendees who are connected
        new WebSession(base).get("test/events?run=ended-twice");
        await().atMost(Duration.ofSeconds(10)).until(() -> Db.number("select count(*) from member_interaction where kind = 'events.attended' "
                + "and actor_id = ? and subject_id = ?", ana.id(), carla.id()) == 1);
        assertThat(Db.number("select times from member_interaction where kind = 'events.attended' and actor_id = ? and subject_id = ?",
                ana.id(), carla.id())).isEqualTo(1);
        assertThat(Db.number("select count(*) from member_interaction where kind = 'events.attended' and actor_id = ?", bruno.id())).isZero();

        // only attendees, only for 14 days
        assertThat(outsider.session().get("p/events/followup.xhtml?id=" + id).byId("followup-closed").orElseThrow().text())
                .contains("Only people who went");
        Db.execute("update events_event set start_at = now() - interval '16 days', end_at = now() - interval '15 days' where id = ?", id);
        assertThat(bruno.session().get("p/events/followup.xhtml?id=" + id).byId("followup-closed")).isPresent();
    }

    @Test
    void aCoverImageGoesThroughThePhotoChecksAndIsServedAsJpeg() throws Exception {
        Person host = member("Cover Host");
        long id = create(host, unique("Covered "), "PUBLIC", null, Map.of());
        byte[] webp = EventsIT.class.getResourceAsStream("/events/cover.webp").readAllBytes();
        Page refused = upload(host.session(), host.session().get("p/events/edit.xhtml?id=" + id), "text.png", "not an image".getBytes());
        assertThat(refused.errors()).contains("Only JPEG, PNG or WebP images.");
        upload(host.session(), host.session().get("p/events/edit.xhtml?id=" + id), "photo.webp", webp);
        assertThat(eventPage(host, id).byId("cover")).isPresent();
        HttpResponse<byte[]> cover = new WebSession(base).getBytes("p/events/cover?id=" + id + "&w=600");
        assertThat(cover.statusCode()).isEqualTo(200);
        assertThat(cover.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
        assertThat(cover.body()[0]).isEqualTo((byte) 0xFF);
        assertThat(cover.body()[1]).isEqualTo((byte) 0xD8);
    }

    /** Posts the edit page's multipart "cover" form with one file, as a browser does. */
    private static Page upload(WebSession session, Page page, String filename, byte[] bytes) {
        org.jsoup.nodes.Element form = page.byId("cover").orElseThrow(() -> new AssertionError("no cover form: " + page.text()));
        String boundary = "----events" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (org.jsoup.nodes.Element input : form.select("input[type=hidden][name]")) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + input.attr("name") + "\"\r\n\r\n" + input.val() + "\r\n");
        }
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cover:upload\"\r\n\r\nUpload\r\n");
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cover:file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(bytes);
        text.accept("\r\n--" + boundary + "--\r\n");
        return session.send(java.net.http.HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void theCalendarFileIsAValidICalendarEvent() throws Exception {
        Person host = member("Calendar Host");
        String title = unique("Calendar; party, ");
        long id = create(host, title, "PUBLIC", null, Map.of());
        HttpResponse<byte[]> ics = new WebSession(base).getBytes("p/events/calendar?id=" + id);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.headers().firstValue("Content-Disposition").orElse("")).contains("event-" + id + ".ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics.body(), java.nio.charset.StandardCharsets.UTF_8)));
        calendar.validate();
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getProperty("UID").orElseThrow().getValue()).startsWith("event-" + id + "@");
        assertThat(event.getDateTimeStart().getValue()).endsWith("Z");
        assertThat(event.getLocation().getValue()).contains("Talent Garden");
        assertThat(event.getUrl().getValue()).endsWith("/p/events/event.xhtml?id=" + id);
        assertThat(event.getProperty("DTSTAMP")).isPresent();
    }

    @Test
    void switchedOffEverythingOfThePluginDisappearsAndComesBackWithItsData() throws Exception {
        Person host = member("Toggle Host");
        Person guest = member("Toggle Guest");
        People.connect(host, guest);
        long id = create(host, unique("Toggle "), "PUBLIC", null, Map.of());
        answer(guest, id, "going");
        String handle = Db.text("select handle from profile where member_id = ?", host.id());
        assertThat(host.session().get("home").document().select("a.nav-plugin[href$='/p/events/index.xhtml']")).hasSize(1);
        assertThat(host.session().get("in/" + handle).byId("events-profile-section")).isPresent();
        long rows = Db.number("select count(*) from events_attendee where event_id = ?", id);

        People.setPluginEnabled(base, "events", false);
        try {
            assertThat(host.session().get("home").document().select("a.nav-plugin[href$='/p/events/index.xhtml']")).isEmpty();
            assertThat(host.session().get("in/" + handle).byId("events-profile-section")).isEmpty();
            for (String path : List.of("p/events/index.xhtml", "p/events/event.xhtml?id=" + id, "p/events/calendar?id=" + id,
                    "p/events/edit.xhtml")) {
                assertThat(host.session().getBytes(path).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(Db.number("select count(*) from events_attendee where event_id = ?", id)).as("data kept").isEqualTo(rows);
        } finally {
            People.setPluginEnabled(base, "events", true);
        }
        assertThat(host.session().get("home").document().select("a.nav-plugin[href$='/p/events/index.xhtml']")).hasSize(1);
        assertThat(host.session().get("in/" + handle).byId("events-profile-section")).isPresent();
        assertThat(eventPage(guest, id).byId("my-status").orElseThrow().attr("data-status")).isEqualTo("GOING");
    }

    @Test
    void theFeedContributorOffersConnectionsGoingAndEventsStartingSoon() throws Exception {
        Person host = member("Feed Host");
        Person viewer = member("Feed Viewer");
        Person c1 = member("Feed Conn One");
        Person c2 = member("Feed Conn Two");
        People.connect(viewer, c1);
        People.connect(viewer, c2);
        String title = unique("Feed conf ");
        long id = create(host, title, "PUBLIC", null, Map.of());
        answer(c1, id, "going");
        answer(c2, id, "going");
        String offered = new WebSession(base).get("test/events?run=feed&member=" + viewer.id()).body();
        assertThat(offered).contains("event-" + id + "-connections-going=2 of your connections are going to " + title);
        // a connections-only event of someone the viewer is not connected to is never offered
        long hidden = create(host, unique("Feed private "), "CONNECTIONS", null, Map.of());
        People.connect(host, c1);
        answer(c1, hidden, "going");
        assertThat(new WebSession(base).get("test/events?run=feed&member=" + viewer.id()).body()).doesNotContain("event-" + hidden + "-");

        Db.execute("update events_event set start_at = now() + interval '20 hours', end_at = now() + interval '22 hours' where id = ?", id);
        assertThat(new WebSession(base).get("test/events?run=feed&member=" + c1.id()).body())
                .contains("event-" + id + "-starts-soon=Your event " + title + " starts");
    }
}
