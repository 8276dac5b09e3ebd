package social.rapport.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * Notifications and content moderation on the real server and PostgreSQL: invitation notices,
 * plugin notices (the probe's "probe.poke", sent through its /p/probe/poke servlet), undeclared
 * types dropped, per-type preferences, grouping, mark one/all read, the unread endpoint, disabled
 * plugins, blocked and suspended actors, id guessing; reporting posts and comments (inserted with
 * SQL: the feed's own code lives elsewhere) and the admin queue's actions and history.
 */
@RapportIT
@RunAsClient
class NotificationsIT {

    @ArquillianResource
    URL url;

    URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @BeforeEach
    void base() throws Exception {
        base = url.toURI();
    }

    private Person member(String name) throws Exception {
        return People.newMember(base, name);
    }

    // ---- notifications ----

    @Test
    void invitationsReceivedAndAcceptedAreNotifiedWithTheirLinks() throws Exception {
        Person ada = member("Ada Invites");
        Person ben = member("Ben Invited");
        ada.invite(ben, "WORKED_TOGETHER", "");
        assertThat(unread(ben)).isEqualTo(1);
        assertThat(unread(ada)).isZero();

        Page list = ben.session().get("notifications");
        Element entry = entries(list).get(0);
        assertThat(entry.attr("data-type")).isEqualTo("invitation.received");
        assertThat(entry.text()).contains("Ada Invites", "wants to connect with you", "just now");
        assertThat(entry.selectFirst("a.actor").attr("href")).isEqualTo("/in/" + handle(ada));
        assertThat(entry.hasClass("unread")).isTrue();
        Page opened = ben.session().submit(list, entry.selectFirst("form").id(), Map.of(), "open");
        assertThat(opened.uri().getPath()).isEqualTo("/network/invitations");
        assertThat(unread(ben)).isZero();

        ben.answer(People.pendingInvitation(ada, ben), "accept");
        assertThat(unread(ada)).isEqualTo(1);
        Element accepted = entries(ada.session().get("notifications")).get(0);
        assertThat(accepted.attr("data-type")).isEqualTo("invitation.accepted");
        assertThat(accepted.text()).contains("Ben Invited", "accepted your invitation to connect");
        assertThat(Db.text("select link from notification where recipient_id = ? and type = 'invitation.accepted'", ada.id()))
                .isEqualTo("/in/" + handle(ben));
    }

    @Test
    void aPluginSendsItsDeclaredTypeAndAnUndeclaredTypeIsDropped() throws Exception {
        People.setPluginEnabled(base, "probe", true);
        Person poker = member("Paola Poker");
        Person poked = member("Pietro Poked");
        assertThat(poke(poker, poked, "poke")).isEqualTo(204);
        assertThat(poke(poker, poked, "undeclared")).isEqualTo(204);

        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'probe.poke'", poked.id())).isEqualTo(1);
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'probe.undeclared'", poked.id())).isZero();
        Element entry = entries(poked.session().get("notifications")).get(0);
        assertThat(entry.attr("data-type")).isEqualTo("probe.poke");
        assertThat(entry.text()).contains("Paola Poker", "poked you through the probe");
        // the preferences list the core's types with labels and the plugin's own
        Page preferences = poked.session().get("notifications/preferences");
        assertThat(preferences.text()).contains("Invitations to connect", "Reactions to your posts", "Mentions of you", "Pokes from the probe");
    }

    @Test
    void aTypeTurnedOffIsNotDelivered() throws Exception {
        People.setPluginEnabled(base, "probe", true);
        Person sender = member("Sara Sender");
        Person quiet = member("Quinto Quiet");
        setPreference(quiet, "invitation.received", false);
        setPreference(quiet, "probe.poke", false);
        assertThat(Db.number("select count(*) from notification_opt_out where member_id = ?", quiet.id())).isEqualTo(2);
        Page preferences = quiet.session().get("notifications/preferences");
        assertThat(checkbox(preferences, "invitation.received").hasAttr("checked")).isFalse();
        assertThat(checkbox(preferences, "invitation.accepted").hasAttr("checked")).isTrue();

        sender.invite(quiet, "OTHER", "");
        poke(sender, quiet, "poke");
        assertThat(Db.number("select count(*) from notification where recipient_id = ?", quiet.id())).isZero();
        assertThat(unread(quiet)).isZero();

        // on again: delivered again; accepting still notifies the sender, whose preferences are untouched
        setPreference(quiet, "probe.poke", true);
        poke(sender, quiet, "poke");
        assertThat(unread(quiet)).isEqualTo(1);
        quiet.answer(People.pendingInvitation(sender, quiet), "accept");
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'invitation.accepted'", sender.id()))
                .isEqualTo(1);
    }

    @Test
    void severalActorsOnOneGroupMakeOneEntryWithTheLatestNameAndTheCountOfOthers() throws Exception {
        People.setPluginEnabled(base, "probe", true);
        Person star = member("Stella Star");
        Person first = member("Primo");
        Person second = member("Seconda");
        Person third = member("Terzo");
        Person last = member("Ultima");
        for (Person actor : List.of(first, second, third, first, last)) {
            poke(actor, star, "poke");
        }
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'probe.poke'", star.id())).isEqualTo(1);
        assertThat(unread(star)).isEqualTo(1);
        List<Element> list = entries(star.session().get("notifications"));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).text()).contains("Ultima and 3 others poked you through the probe");

        // once read, the next notice starts a new entry
        star.session().submit(star.session().get("notifications"), "notifications-actions", Map.of(), "markAll");
        poke(second, star, "poke");
        List<Element> after = entries(star.session().get("notifications"));
        assertThat(after).hasSize(2);
        assertThat(after.get(0).text()).contains("Seconda poked you").doesNotContain("others");
        assertThat(after.get(0).hasClass("unread")).isTrue();
        assertThat(after.get(1).hasClass("read")).isTrue();
    }

    @Test
    void markOneReadThenAllRead() throws Exception {
        Person reader = member("Rea Reader");
        Person one = member("Uno");
        Person two = member("Due");
        Person three = member("Tre");
        one.invite(reader, "OTHER", "");
        two.invite(reader, "OTHER", "");
        three.invite(reader, "OTHER", "");
        assertThat(unread(reader)).isEqualTo(3);
        Page list = reader.session().get("notifications");
        assertThat(list.byId("nav-notifications").orElseThrow().selectFirst("#notification-badge").text()).isEqualTo("3");
        List<Element> entries = entries(list);
        assertThat(entries.get(0).text()).contains("Tre");
        reader.session().submit(list, entries.get(1).selectFirst("form").id(), Map.of(), "open");
        assertThat(unread(reader)).isEqualTo(2);
        assertThat(Db.text("select (read_at is not null)::text from notification where recipient_id = ? and actor_id = ?",
                reader.id(), two.id())).isEqualTo("true");

        Page marked = reader.session().submit(reader.session().get("notifications"), "notifications-actions", Map.of(), "markAll");
        assertThat(marked.text()).contains("All notifications are marked as read");
        assertThat(unread(reader)).isZero();
        assertThat(entries(marked)).allMatch(e -> e.hasClass("read"));
        assertThat(marked.byId("notifications-actions:markAll")).isEmpty();
    }

    @Test
    void nobodyOpensAnotherMembersNotificationByGuessingItsId() throws Exception {
        Person owner = member("Olivia Owner");
        Person mallory = member("Mallory Guess");
        Person other = member("Oscar Other");
        other.invite(owner, "OTHER", "");
        other.invite(mallory, "OTHER", "");
        long target = Db.number("select id from notification where recipient_id = ?", owner.id());

        Page page = mallory.session().get("notifications");
        String form = entries(page).get(0).selectFirst("form").id();
        page.document().getElementById(form).select("input[name=notification]").val(String.valueOf(target));
        assertThat(mallory.session().submit(page, form, Map.of(), "open").status()).isEqualTo(403);
        Page again = mallory.session().get("notifications");
        String againForm = entries(again).get(0).selectFirst("form").id();
        again.document().getElementById(againForm).select("input[name=notification]").val("not-a-number");
        assertThat(mallory.session().submit(again, againForm, Map.of(), "open").status()).isEqualTo(403);

        assertThat(Db.text("select (read_at is null)::text from notification where id = ?", target)).isEqualTo("true");
        assertThat(unread(owner)).isEqualTo(1);
        assertThat(entries(mallory.session().get("notifications"))).extracting(e -> e.id())
                .doesNotContain("notification-" + target);
    }

    @Test
    void theUnreadEndpointAnswersTheCallersOwnCountAnd401WhenSignedOut() throws Exception {
        Person alice = member("Alice Count");
        Person bob = member("Bob Count");
        bob.invite(alice, "OTHER", "");
        WebSession anonymous = new WebSession(base);
        Page denied = anonymous.get("api/notifications/unread");
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.uri().getPath()).isEqualTo("/api/notifications/unread");

        Page answer = alice.session().get("api/notifications/unread");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.body()).isEqualTo("{\"unread\":1}");
        // no way to ask for someone else's count: parameters are ignored
        assertThat(bob.session().get("api/notifications/unread?member=" + alice.id()).body()).isEqualTo("{\"unread\":0}");
        // the header shows it, and the polling script is on the page
        Page home = alice.session().get("home");
        assertThat(home.byId("notification-badge").orElseThrow().attr("data-count")).isEqualTo("1");
        assertThat(home.document().select("script[src*=notifications.js]")).isNotEmpty();
        // signed out: 401 again
        alice.session().signOut();
        assertThat(alice.session().get("api/notifications/unread").status()).isEqualTo(401);
    }

    @Test
    void aDisabledPluginsNoticesAreHiddenAndComeBackWhenItIsEnabled() throws Exception {
        People.setPluginEnabled(base, "probe", true);
        Person poker = member("Dora Disabled");
        Person poked = member("Dino Disabled");
        poker.invite(poked, "OTHER", "");
        poke(poker, poked, "poke");
        assertThat(unread(poked)).isEqualTo(2);
        try {
            People.setPluginEnabled(base, "probe", false);
            assertThat(unread(poked)).isEqualTo(1);
            Page list = poked.session().get("notifications");
            assertThat(entries(list)).extracting(e -> e.attr("data-type")).containsExactly("invitation.received");
            assertThat(list.text()).doesNotContain("Pokes", "probe");
            assertThat(poke(poker, poked, "poke")).as("a disabled plugin's pages answer 404").isEqualTo(404);
            // marking all read leaves the hidden notice alone
            poked.session().submit(list, "notifications-actions", Map.of(), "markAll");
            assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'probe.poke' and read_at is null",
                    poked.id())).isEqualTo(1);
            assertThat(poked.session().get("notifications/preferences").text()).doesNotContain("Pokes from the probe");
        } finally {
            People.setPluginEnabled(base, "probe", true);
        }
        assertThat(unread(poked)).isEqualTo(1);
        assertThat(entries(poked.session().get("notifications"))).extracting(e -> e.attr("data-type"))
                .containsExactly("probe.poke", "invitation.received");
    }

    @Test
    void blockedAndSuspendedActorsNoticesAreHidden() throws Exception {
        Person me = member("Bianca Blocker");
        Person blockedByMe = member("Bruno Blocked");
        Person blocksMe = member("Carlo Blocks");
        Person suspended = member("Silvio Suspended");
        Person fine = member("Fabia Fine");
        for (Person p : List.of(blockedByMe, blocksMe, suspended, fine)) {
            p.invite(me, "OTHER", "");
        }
        assertThat(unread(me)).isEqualTo(4);
        me.act(blockedByMe, "block");
        blocksMe.act(me, "block");
        Db.execute("update member set suspended = true where id = ?", suspended.id());

        assertThat(unread(me)).isEqualTo(1);
        List<Element> list = entries(me.session().get("notifications"));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).text()).contains("Fabia Fine");
        assertThat(Db.number("select count(*) from notification where recipient_id = ?", me.id())).as("data kept").isEqualTo(4);
    }

    // ---- moderation ----

    @Test
    void membersReportPostsAndCommentsTheyCanSeeOnceEach() throws Exception {
        Person author = member("Aurora Author");
        Person reporter = member("Renzo Reporter");
        long post = post(author, "Buy cheap watches at example dot com, best prices", "EVERYONE");
        long comment = comment(post, author, "Seriously, the cheapest watches anywhere");

        Page form = reporter.session().get("post/report?post=" + post);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.byId("reported-item").orElseThrow().text()).contains("Aurora Author", "Buy cheap watches");
        Page noReason = reporter.session().submit(form, "report", Map.of("text", "spam"), "submit");
        assertThat(noReason.errors()).isNotBlank();
        Page done = reporter.session().submit(form, "report", Map.of("reason", "SPAM", "text", "Spam for watches"), "submit");
        assertThat(done.uri().getPath()).isEqualTo("/home");
        assertThat(done.text()).contains("An administrator will look at your report");
        assertThat(Db.text("select reason || '/' || text || '/' || author_id from content_report where reporter_id = ? and post_id = ?",
                reporter.id(), post)).isEqualTo("SPAM/Spam for watches/" + author.id());

        Page duplicate = reporter.session().submit(reporter.session().get("post/report?post=" + post), "report",
                Map.of("reason", "INAPPROPRIATE"), "submit");
        assertThat(duplicate.errors()).contains("already reported");
        assertThat(Db.number("select count(*) from content_report where reporter_id = ? and post_id = ?", reporter.id(), post)).isEqualTo(1);

        Page commentForm = reporter.session().get("post/report?comment=" + comment);
        assertThat(commentForm.byId("reported-item").orElseThrow().attr("data-kind")).isEqualTo("COMMENT");
        assertThat(reporter.session().submit(commentForm, "report", Map.of("reason", "SPAM"), "submit").uri().getPath()).isEqualTo("/home");
        assertThat(Db.number("select count(*) from content_report where reporter_id = ? and comment_id = ?", reporter.id(), comment))
                .isEqualTo(1);

        // one's own post cannot be reported
        Page own = author.session().submit(author.session().get("post/report?post=" + post), "report", Map.of("reason", "SPAM"), "submit");
        assertThat(own.errors()).contains("cannot report what you wrote yourself");
    }

    @Test
    void whatAMemberCannotSeeCannotBeReported() throws Exception {
        Person author = member("Celia Connections");
        Person stranger = member("Stefano Stranger");
        Person friend = member("Franca Friend");
        Person blocker = member("Bice Blocker");
        People.connect(author, friend);
        long connectionsOnly = post(author, "Only for my connections", "CONNECTIONS");
        long deleted = post(author, "Deleted later", "EVERYONE");
        Db.execute("update post set deleted_at = now() where id = ?", deleted);
        long blockedPost = post(blocker, "A post by someone who blocks the stranger", "EVERYONE");
        blocker.act(stranger, "block");
        long hiddenComment = comment(connectionsOnly, friend, "A comment under a connections-only post");

        assertThat(stranger.session().get("post/report?post=" + connectionsOnly).status()).isEqualTo(404);
        assertThat(stranger.session().get("post/report?comment=" + hiddenComment).status()).isEqualTo(404);
        assertThat(stranger.session().get("post/report?post=" + deleted).status()).isEqualTo(404);
        assertThat(stranger.session().get("post/report?post=" + blockedPost).status()).isEqualTo(404);
        assertThat(stranger.session().get("post/report?post=999999999").status()).isEqualTo(404);
        assertThat(stranger.session().get("post/report").status()).isEqualTo(404);
        assertThat(friend.session().get("post/report?post=" + connectionsOnly).status()).isEqualTo(200);
        assertThat(new WebSession(base).get("post/report?post=" + connectionsOnly).uri().getPath()).isEqualTo("/signin");
        assertThat(Db.number("select count(*) from content_report where reporter_id = ?", stranger.id())).isZero();
    }

    @Test
    void adminsDismissRemoveWarnOrSuspendAndEveryActionIsRecorded() throws Exception {
        Person author = member("Mario Moderated");
        Person other = member("Olga Offender");
        Person third = member("Teo Troll");
        Person reporter = member("Rita Reports");
        Person second = member("Sergio Second");
        long harmless = post(author, "A harmless post about gardening", "EVERYONE");
        long offensive = post(author, "An offensive post that must go", "EVERYONE");
        long rude = comment(harmless, other, "A rude comment under the gardening post");
        long trolling = post(third, "Trolling everybody again", "EVERYONE");
        report(reporter, "post=" + harmless);
        report(reporter, "post=" + offensive);
        report(second, "post=" + offensive);
        report(reporter, "comment=" + rude);
        report(reporter, "post=" + trolling);
        long harmlessReport = Db.number("select id from content_report where post_id = ?", harmless);
        long offensiveReport = Db.number("select id from content_report where post_id = ? and reporter_id = ?", offensive, reporter.id());
        long rudeReport = Db.number("select id from content_report where comment_id = ?", rude);
        long trollReport = Db.number("select id from content_report where post_id = ?", trolling);

        assertThat(reporter.session().get("admin/reports").status()).isEqualTo(403);

        WebSession admin = Members.admin(base);
        long adminId = Db.number("select id from member where email = ?", Members.ADMIN);
        Page queue = admin.get("admin/reports");
        Element postItem = queue.byId("report-post-" + offensiveReport).orElseThrow();
        assertThat(postItem.text()).contains("Post", "Mario Moderated", "An offensive post that must go", "Rita Reports");
        assertThat(postItem.selectFirst("a.item-link").attr("href")).isEqualTo("/post/" + offensive);
        Element commentItem = queue.byId("report-comment-" + rudeReport).orElseThrow();
        assertThat(commentItem.text()).contains("Comment", "Olga Offender", "A rude comment");
        assertThat(commentItem.selectFirst("a.item-link").attr("href")).isEqualTo("/post/" + harmless + "#comment-" + rude);

        admin.submit(queue, "reports", Map.of(), button(queue, "report-post-" + harmlessReport, "dismiss"));
        Page removeQueue = admin.get("admin/reports");
        Page removed = confirmed(admin, removeQueue, "report-post-" + offensiveReport, "remove");
        assertThat(removed.text()).contains("The content is removed");
        Page warnQueue = admin.get("admin/reports");
        String warn = button(warnQueue, "report-comment-" + rudeReport, "warn");
        admin.submit(warnQueue, "reports", Map.of(warn.replace(":warn", ":message"), "Be civil in comments, please."), warn);
        Page suspendQueue = admin.get("admin/reports");
        assertThat(third.session().get("home").uri().getPath()).isEqualTo("/home");
        Page after = confirmed(admin, suspendQueue, "report-post-" + trollReport, "suspend");
        // the suspended troll is signed out at their next request
        assertThat(third.session().get("home").uri().getPath()).isEqualTo("/signin");

        // the queue is empty of them; the reports are closed with who and when
        for (String id : List.of("report-post-" + harmlessReport, "report-post-" + offensiveReport,
                "report-comment-" + rudeReport, "report-post-" + trollReport)) {
            assertThat(after.byId(id)).as(id).isEmpty();
        }
        assertThat(Db.text("select string_agg(status, ',' order by id) from content_report where id in (?, ?, ?, ?)",
                harmlessReport, offensiveReport, rudeReport, trollReport)).isEqualTo("DISMISSED,REMOVED,WARNED,SUSPENDED");
        assertThat(Db.number("select count(*) from content_report where id in (?, ?, ?, ?) and handled_by = ? and handled_at is not null",
                harmlessReport, offensiveReport, rudeReport, trollReport, adminId)).isEqualTo(4);
        // the second report on the removed post closed with it
        assertThat(Db.text("select status from content_report where post_id = ? and reporter_id = ?", offensive, second.id()))
                .isEqualTo("REMOVED");

        // removal: hidden in the database, nothing else touched, the author told
        assertThat(Db.text("select (removed_at is not null) || '/' || removed_by from post where id = ?", offensive)).isEqualTo("true/" + adminId);
        assertThat(Db.text("select (removed_at is null)::text from post where id = ?", harmless)).isEqualTo("true");
        assertThat(Db.text("select (removed_at is null)::text from post_comment where id = ?", rude)).isEqualTo("true");
        Element told = entries(author.session().get("notifications")).get(0);
        assertThat(told.attr("data-type")).isEqualTo("content.removed");
        assertThat(told.text()).contains("A moderator removed your post", "An offensive post that must go");
        assertThat(unread(author)).isEqualTo(1);
        // the comment's author is warned, the troll suspended
        assertThat(Db.text("select message from member_warning where member_id = ?", other.id())).isEqualTo("Be civil in comments, please.");
        assertThat(other.session().get("home").text()).contains("Be civil in comments, please.");
        assertThat(Db.text("select suspended::text from member where id = ?", third.id())).isEqualTo("true");

        // every action is recorded and shown in the history
        assertThat(Db.text("select string_agg(action || ':' || subject_id, ',' order by id) from moderation_action "
                        + "where content_report_id in (?, ?, ?, ?)", harmlessReport, offensiveReport, rudeReport, trollReport))
                .isEqualTo("DISMISS:" + author.id() + ",REMOVE:" + author.id() + ",WARN:" + other.id() + ",SUSPEND:" + third.id());
        Page history = admin.get("admin/reports");
        String recorded = history.byId("moderation-history").orElseThrow().text();
        assertThat(recorded).contains("suspended Teo Troll", "warned Olga Offender", "Be civil in comments, please.",
                "removed content of Mario Moderated", "dismissed a report about Mario Moderated");
    }

    @Test
    void memberReportActionsAreRecordedInTheSharedHistory() throws Exception {
        Person reporter = member("Romeo Reporter");
        Person reported = member("Remo Reported");
        reporter.session().submit(reporter.memberPage(reported), "network-report", Map.of("reason", "SPAM", "text", "spam"), "report");
        long report = Db.number("select id from member_report where reported_id = ?", reported.id());
        WebSession admin = Members.admin(base);
        Page queue = admin.get("admin/reports");
        assertThat(queue.byId("report-" + report).orElseThrow().attr("data-kind")).isEqualTo("MEMBER");
        admin.submit(queue, "reports", Map.of(), button(queue, "report-" + report, "dismiss"));
        assertThat(Db.text("select action from moderation_action where member_report_id = ?", report)).isEqualTo("DISMISS");
        assertThat(admin.get("admin/reports").byId("moderation-history").orElseThrow().text())
                .contains("dismissed a report about Remo Reported");
    }

    // ---- helpers ----

    private long unread(Person person) {
        Page page = person.session().get("api/notifications/unread");
        Matcher m = Pattern.compile("\\{\"unread\":(\\d+)}").matcher(page.body());
        if (page.status() != 200 || !m.matches()) {
            throw new AssertionError("unread count of " + person.name() + ": " + page.status() + " " + page.body());
        }
        return Long.parseLong(m.group(1));
    }

    private static List<Element> entries(Page page) {
        return page.document().select("li.notification");
    }

    private int poke(Person from, Person to, String type) {
        String body = "to=" + to.id() + "&type=" + URLEncoder.encode(type, StandardCharsets.UTF_8);
        return from.session().send(HttpRequest.newBuilder(ServerBase.resolve(base, "p/probe/poke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))).status();
    }

    private static String handle(Person person) throws Exception {
        return Db.text("select handle from profile where member_id = ?", person.id());
    }

    /** Turns one type on or off on the preferences page, leaving the others as the page shows them. */
    private static void setPreference(Person person, String type, boolean on) {
        Page page = person.session().get("notifications/preferences");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element row : page.document().select("#preferences li[data-type]")) {
            Element box = row.selectFirst("input[type=checkbox]");
            boolean checked = row.attr("data-type").equals(type) ? on : box.hasAttr("checked");
            fields.put(box.attr("name"), checked ? "on" : "");
        }
        assertThat(fields).as("preferences list " + type).isNotEmpty();
        Page saved = person.session().submit(page, "preferences", fields, "save");
        assertThat(saved.text()).contains("Your notification preferences are saved");
    }

    private static Element checkbox(Page page, String type) {
        return page.document().selectFirst("#preferences li[data-type=" + type + "] input[type=checkbox]");
    }

    private static long post(Person author, String body, String audience) throws Exception {
        return Db.number("insert into post (author_id, body, audience) values (?, ?, ?) returning id", author.id(), body, audience);
    }

    private static long comment(long post, Person author, String body) throws Exception {
        return Db.number("insert into post_comment (post_id, author_id, body) values (?, ?, ?) returning id", post, author.id(), body);
    }

    private static void report(Person reporter, String query) {
        Page form = reporter.session().get("post/report?" + query);
        Page done = reporter.session().submit(form, "report", Map.of("reason", "SPAM", "text", "reported by " + reporter.name()), "submit");
        assertThat(done.uri().getPath()).as("report " + query + ": " + done.errors()).isEqualTo("/home");
    }

    /** Presses remove or suspend, then the confirm button the queue then shows in that report's card. */
    private static Page confirmed(WebSession admin, Page queue, String elementId, String id) {
        Page asked = admin.submit(queue, "reports", Map.of(), button(queue, elementId, id));
        return admin.submit(asked, "reports", Map.of(), button(asked, elementId, "confirm"));
    }

    private static String button(Page queue, String elementId, String id) {
        return queue.byId(elementId).orElseThrow(() -> new AssertionError("no " + elementId + ":\n" + queue.text()))
                .selectFirst("input[id$=\":" + id + "\"]").attr("name");
    }

    /** Resolves paths against the server the session talks to (127.0.0.1, like WebSession). */
    private static final class ServerBase {
        static URI resolve(URI base, String path) {
            return social.rapport.web.testing.ServerAddress.local(base).resolve(path);
        }
    }
}
