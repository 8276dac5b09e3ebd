package social.rapport.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Connections on the real server and PostgreSQL: invitations with context and their rules,
 * limits, expiry, follows, blocks, access control, reports and the admin queue, people you may
 * know, and the Connection SPI with the test-only probe and faulty plugins.
 */
@RapportIT
@RunAsClient
class NetworkIT {

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

    private static String thisMonth() {
        return YearMonth.now(ZoneOffset.UTC).toString();
    }

    @Test
    void theProfilePageShowsTheStateWithTheRightActionAndTheMutualConnections() throws Exception {
        Person carla = member("Carla");
        Person dino = member("Dino");
        Person common = member("Common Friend");
        People.connect(carla, common);
        People.connect(dino, common);
        String carlaProfile = "in/" + Db.text("select handle from profile where member_id = ?", carla.id());
        String dinoProfile = "in/" + Db.text("select handle from profile where member_id = ?", dino.id());

        Page dinoSeen = carla.session().get(dinoProfile);
        assertThat(dinoSeen.byId("network-state").orElseThrow().attr("data-state")).isEqualTo("NONE");
        assertThat(dinoSeen.byId("mutual").orElseThrow().text()).contains("Common Friend");
        carla.session().submit(dinoSeen, "network-actions", Map.of("howMet", "MET_AT_EVENT", "note", "Great talk at JUG"), "invite");
        assertThat(carla.session().get(dinoProfile).byId("network-state").orElseThrow().attr("data-state")).isEqualTo("PENDING_SENT");

        Page carlaSeen = dino.session().get(carlaProfile);
        assertThat(carlaSeen.byId("pending-received").orElseThrow().text()).contains("met at an event");
        assertThat(carlaSeen.text()).contains("Great talk at JUG");
        dino.session().submit(carlaSeen, "network-actions", Map.of(), "accept");

        assertThat(dino.session().get(carlaProfile).byId("connected-since").orElseThrow().text()).contains(thisMonth());
        assertThat(carla.session().get(dinoProfile).byId("connected-since").orElseThrow().text()).contains(thisMonth());
        assertThat(Db.number("select count(*) from connection_edge where member_id in (?, ?) and other_id in (?, ?)",
                carla.id(), dino.id(), carla.id(), dino.id())).isEqualTo(2);
    }

    @Test
    void anInvitationSaysHowTheyMetAndAcceptingConnectsBothWithThatContext() throws Exception {
        Person alice = member("Alice");
        Person bob = member("Bob");

        Page tooLong = alice.invite(bob, "WORKED_TOGETHER", "x".repeat(301));
        assertThat(tooLong.errors()).contains("at most 300 characters");
        Page noContext = alice.session().submit(alice.memberPage(bob), "network-actions", Map.of("note", "hello"), "invite");
        assertThat(noContext.errors()).contains("Say how you know each other");
        assertThat(Db.number("select count(*) from invitation where sender_id = ?", alice.id())).isZero();

        Page sent = alice.invite(bob, "WORKED_TOGETHER", "We built the billing system together <b>in 2019</b>");
        assertThat(sent.text()).contains("Invitation sent");
        assertThat(alice.memberPage(bob).byId("network-state").orElseThrow().attr("data-state")).isEqualTo("PENDING_SENT");

        long id = People.pendingInvitation(alice, bob);
        Page received = bob.session().get("network/invitations");
        Element row = received.byId("invitation-" + id).orElseThrow();
        assertThat(row.text()).contains("Alice", "We worked together", "We built the billing system together <b>in 2019</b>");
        assertThat(row.select("blockquote b")).as("the note is escaped").isEmpty();
        assertThat(bob.memberPage(alice).byId("pending-received").orElseThrow().text()).contains("We worked together");

        bob.answer(id, "accept");
        assertThat(Db.text("select status from invitation where id = ?", id)).isEqualTo("ACCEPTED");
        assertThat(Db.number("select count(*) from connection_edge where how_met = 'WORKED_TOGETHER' and "
                + "((member_id = ? and other_id = ?) or (member_id = ? and other_id = ?))", alice.id(), bob.id(), bob.id(), alice.id()))
                .isEqualTo(2);
        String expected = "connected " + thisMonth() + ", worked together";
        assertThat(alice.session().get("network").byId("connection-" + bob.id()).orElseThrow().text()).contains("Bob", expected);
        assertThat(bob.session().get("network").byId("connection-" + alice.id()).orElseThrow().text()).contains("Alice", expected);
        assertThat(alice.memberPage(bob).byId("connected-since").orElseThrow().text()).isEqualTo(expected);
        assertThat(bob.memberPage(alice).byId("connected-since").orElseThrow().text()).isEqualTo(expected);
    }

    @Test
    void aDeclinedSenderMustWait21DaysToInviteAgain() throws Exception {
        Person carla = member("Carla");
        Person dario = member("Dario");
        carla.invite(dario, "MET_AT_EVENT", "");
        long id = People.pendingInvitation(carla, dario);
        dario.answer(id, "decline");
        assertThat(Db.text("select status from invitation where id = ?", id)).isEqualTo("DECLINED");
        assertThat(dario.session().get("network/invitations").byId("invitation-" + id)).isEmpty();

        Page again = carla.invite(dario, "MET_AT_EVENT", "");
        assertThat(again.errors()).contains("declined your invitation recently");

        Db.execute("update invitation set answered_at = now() - interval '20 days' where id = ?", id);
        assertThat(carla.invite(dario, "MET_AT_EVENT", "").errors()).contains("declined your invitation recently");

        Db.execute("update invitation set answered_at = now() - interval '22 days' where id = ?", id);
        assertThat(carla.invite(dario, "MET_AT_EVENT", "").text()).contains("Invitation sent");
        assertThat(People.pendingInvitation(carla, dario)).isNotEqualTo(id);
    }

    @Test
    void notNowMovesAnInvitationBelowAndTheSenderCanWithdraw() throws Exception {
        Person elena = member("Elena");
        Person fabio = member("Fabio");
        Person gina = member("Gina");
        elena.invite(gina, "STUDIED_TOGETHER", "Politecnico, 2012");
        fabio.invite(gina, "INTRODUCED", "");
        long fromElena = People.pendingInvitation(elena, gina);
        long fromFabio = People.pendingInvitation(fabio, gina);

        gina.answer(fromFabio, "notNow");
        Page page = gina.session().get("network/invitations");
        assertThat(Db.text("select status from invitation where id = ?", fromFabio)).isEqualTo("PENDING");
        List<String> order = page.document().select("#received li.invitation").eachAttr("id");
        assertThat(order).containsExactly("invitation-" + fromElena, "invitation-" + fromFabio);
        assertThat(page.byId("invitation-" + fromFabio).orElseThrow().attr("data-not-now")).isEqualTo("true");
        assertThat(page.text()).contains("Answer later");

        Page sent = elena.session().get("network/invitations");
        assertThat(sent.byId("invitation-" + fromElena).orElseThrow().text()).contains("Gina", "Politecnico, 2012");
        elena.session().submit(sent, People.rowForm(sent, "invitation-" + fromElena), Map.of(), "withdraw");
        assertThat(Db.text("select status from invitation where id = ?", fromElena)).isEqualTo("WITHDRAWN");
        assertThat(gina.session().get("network/invitations").byId("invitation-" + fromElena)).isEmpty();
    }

    @Test
    void unansweredInvitationsExpireAfter30Days() throws Exception {
        Person hugo = member("Hugo");
        Person ines = member("Ines");
        hugo.invite(ines, "OTHER", "");
        long id = People.pendingInvitation(hugo, ines);
        Db.execute("update invitation set created_at = now() - interval '29 days' where id = ?", id);
        assertThat(ines.session().get("network/invitations").byId("invitation-" + id)).isPresent();

        Db.execute("update invitation set created_at = now() - interval '31 days' where id = ?", id);
        assertThat(ines.session().get("network/invitations").byId("invitation-" + id)).isEmpty();
        assertThat(Db.text("select status from invitation where id = ?", id)).isEqualTo("EXPIRED");
        // an expired invitation no longer stands in the way of a new one
        assertThat(hugo.invite(ines, "OTHER", "").text()).contains("Invitation sent");
    }

    @Test
    void theWeeklyAndPendingLimitsStopInvitationsWithAClearMessage() throws Exception {
        Person luca = member("Luca");
        Person mara = member("Mara");
        Person nino = member("Nino");
        // one real invitation (withdrawn: it still counts), then 99 more this week (recorded directly)
        assertThat(luca.invite(mara, "OTHER", "").text()).contains("Invitation sent");
        long toMara = Db.number("select id from invitation where sender_id = ? and recipient_id = ?", luca.id(), mara.id());
        luca.session().submit(luca.memberPage(mara), "network-actions", Map.of(), "withdraw");
        assertThat(Db.text("select status from invitation where id = ?", toMara)).isEqualTo("WITHDRAWN");
        assertThat(Db.number("select count(*) from rate_limit_event where action = 'INVITATION' and actor = ?", String.valueOf(luca.id())))
                .isOne();
        Db.execute("insert into rate_limit_event (action, actor, at) select 'INVITATION', ?, now() - interval '2 days' "
                + "from generate_series(1, 99)", String.valueOf(luca.id()));
        assertThat(luca.invite(nino, "OTHER", "").errors()).contains("limit of invitations for this week");
        // a script gets 429, with the seconds until the oldest invitation leaves the week (5 days)
        Page script = luca.session().ajaxForm(luca.memberPage(nino), "network-actions", Map.of("howMet", "OTHER", "note", ""),
                "network-actions:invite");
        assertThat(script.status()).isEqualTo(429);
        assertThat(Long.parseLong(script.response().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(5L * 24 * 3600 - 60, 5L * 24 * 3600);
        assertThat(Db.number("select count(*) from invitation where sender_id = ? and recipient_id = ?", luca.id(), nino.id())).isZero();
        Db.execute("update rate_limit_event set at = now() - interval '8 days' where action = 'INVITATION' and actor = ?", String.valueOf(luca.id()));
        assertThat(luca.invite(nino, "OTHER", "").text()).contains("Invitation sent");

        // 200 pending invitations, sent more than a week ago
        Person olga = member("Olga");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Db.execute("insert into member (email, display_name, password_hash) "
                + "select 'bulk-' || ? || '-' || g || '@example.org', 'Bulk ' || g, 'not a hash' from generate_series(1, 199) g", tag);
        Db.execute("insert into invitation (sender_id, recipient_id, how_met, created_at) "
                + "select ?, id, 'OTHER', now() - interval '10 days' from member where email like ?", olga.id(), "bulk-" + tag + "-%");
        assertThat(olga.invite(nino, "OTHER", "").text()).contains("Invitation sent");
        assertThat(olga.invite(mara, "OTHER", "").errors()).contains("too many invitations waiting");
    }

    @Test
    void myNetworkSearchesSortsAndPagesConnections() throws Exception {
        Person owner = member("Quinta");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // 25 connections; "Conn <tag> 25" connected most recently, "Conn <tag> 01" first by name
        Db.execute("insert into member (email, display_name, password_hash) select 'conn-' || ? || '-' || g || '@example.org', "
                + "'Conn ' || ? || ' ' || lpad(g::text, 2, '0'), 'not a hash' from generate_series(1, 25) g", tag, tag);
        Db.execute("insert into connection_edge (member_id, other_id, how_met, connected_at) select ?, id, 'OTHER', "
                + "now() - make_interval(mins => 26 - right(display_name, 2)::int) from member where email like ?", owner.id(), "conn-" + tag + "-%");
        Db.execute("insert into connection_edge (member_id, other_id, how_met, connected_at) select other_id, member_id, how_met, connected_at "
                + "from connection_edge where member_id = ?", owner.id());

        Page recent = owner.session().get("network");
        List<String> names = recent.document().select("li.connection a.name").eachText();
        assertThat(names).hasSize(20).startsWith("Conn " + tag + " 25", "Conn " + tag + " 24").endsWith("Conn " + tag + " 06");
        Page more = owner.session().submit(recent, "connections-form", Map.of(), "more");
        assertThat(more.document().select("li.connection a.name").eachText()).hasSize(25).endsWith("Conn " + tag + " 01");
        assertThat(more.byId("connections-form:more")).isEmpty();

        Page byName = owner.session().submit(owner.session().get("network"), "connections-form", Map.of("sort", "NAME"), "go");
        assertThat(byName.document().select("li.connection a.name").eachText()).hasSize(20)
                .startsWith("Conn " + tag + " 01", "Conn " + tag + " 02").endsWith("Conn " + tag + " 20");
        Page byNameMore = owner.session().submit(byName, "connections-form", Map.of("sort", "NAME"), "more");
        assertThat(byNameMore.document().select("li.connection a.name").eachText()).hasSize(25).endsWith("Conn " + tag + " 25");

        Page search = owner.session().submit(owner.session().get("network"), "connections-form",
                Map.of("search", "conn " + tag + " 07"), "go");
        assertThat(search.document().select("li.connection a.name").eachText()).containsExactly("Conn " + tag + " 07");
    }

    @Test
    void eitherSideCanRemoveAConnection() throws Exception {
        Person paolo = member("Paolo");
        Person rita = member("Rita");
        People.connect(paolo, rita);
        rita.act(paolo, "remove");
        assertThat(Db.number("select count(*) from connection_edge where member_id in (?, ?) and other_id in (?, ?)",
                paolo.id(), rita.id(), paolo.id(), rita.id())).isZero();
        assertThat(paolo.session().get("network").byId("connection-" + rita.id())).isEmpty();

        People.connect(paolo, rita);
        paolo.act(rita, "remove");
        assertThat(Db.number("select count(*) from connection_edge where member_id in (?, ?) and other_id in (?, ?)",
                paolo.id(), rita.id(), paolo.id(), rita.id())).isZero();
    }

    @Test
    void aHeadlineForConnectionsOnlyStaysOffTheNetworkPagesOfEveryoneElse() throws Exception {
        Person olga = member("Olga");
        Person sam = member("Sam Stranger");
        Person carl = member("Carl Connection");
        People.connect(olga, carl);
        People.connect(sam, carl); // Olga becomes a suggestion for Sam through Carl
        String headline = "Quietly looking for a new role " + UUID.randomUUID();
        Db.execute("update profile set headline = ?, headline_visibility = 'CONNECTIONS' where member_id = ?", headline, olga.id());
        olga.act(sam, "follow");
        olga.act(carl, "follow");

        // a stranger: the member page, people you may know, the followers list
        assertThat(sam.memberPage(olga).text()).contains("Olga").doesNotContain(headline);
        Page network = sam.session().get("network");
        assertThat(network.byId("suggestion-" + olga.id())).isPresent();
        assertThat(network.text()).doesNotContain(headline);
        Page samFollowers = sam.session().get("network/followers");
        assertThat(samFollowers.byId("member-" + olga.id())).isPresent();
        assertThat(samFollowers.text()).doesNotContain(headline);

        // a connection sees it on the same pages
        assertThat(carl.memberPage(olga).text()).contains(headline);
        assertThat(carl.session().get("network").byId("connection-" + olga.id()).orElseThrow().text()).contains(headline);
        assertThat(carl.session().get("network/followers").byId("member-" + olga.id()).orElseThrow().text()).contains(headline);

        // shared with members: the stranger sees it too
        Db.execute("update profile set headline_visibility = 'MEMBERS' where member_id = ?", olga.id());
        assertThat(sam.memberPage(olga).text()).contains(headline);
    }

    @Test
    void removeAndBlockAskForConfirmationFirstOnTheServer() throws Exception {
        Person una = member("Una");
        Person vic = member("Vic");
        People.connect(una, vic);
        for (String button : List.of("remove", "block")) {
            // one request, as a crafted post or a page without its script sends it: nothing happens yet
            Page asked = una.session().submit(una.memberPage(vic), "network-actions", Map.of(), button);
            assertThat(asked.byId("network-confirm-question").orElseThrow().text()).as(button)
                    .contains(button.equals("block") ? "deleted for good" : "invite them again");
            assertThat(Db.number("select count(*) from connection_edge where member_id = ? and other_id = ?", una.id(), vic.id())).isOne();
            assertThat(Db.number("select count(*) from member_block where blocker_id = ?", una.id())).isZero();
            // cancel keeps everything; the confirm button is not there to press without asking again
            Page cancelled = una.session().submit(asked, "network-actions", Map.of(), "cancel");
            assertThat(cancelled.byId("network-confirm")).isEmpty();
            assertThat(cancelled.document().select("[name$=:confirm]")).isEmpty();
        }
        Page removed = una.act(vic, "remove");
        assertThat(removed.text()).contains("Connection removed");
        assertThat(Db.number("select count(*) from connection_edge where member_id = ? and other_id = ?", una.id(), vic.id())).isZero();
        una.act(vic, "block");
        assertThat(Db.number("select count(*) from member_block where blocker_id = ? and blocked_id = ?", una.id(), vic.id())).isOne();
    }

    @Test
    void followingIsOneWay() throws Exception {
        Person sara = member("Sara");
        Person teo = member("Teo");
        sara.act(teo, "follow");
        assertThat(teo.session().get("network/followers").byId("member-" + sara.id())).isPresent();
        assertThat(sara.session().get("network/following").byId("member-" + teo.id())).isPresent();
        assertThat(sara.session().get("network/followers").byId("member-" + teo.id())).isEmpty();
        assertThat(sara.memberPage(teo).byId("network-actions:unfollow")).isPresent();

        sara.act(teo, "unfollow");
        assertThat(teo.session().get("network/followers").byId("member-" + sara.id())).isEmpty();
    }

    @Test
    void aBlockRemovesEverythingBetweenTheTwoAndHidesThemFromEachOther() throws Exception {
        Person ugo = member("Ugo");
        Person vera = member("Vera");
        Person wanda = member("Wanda");
        Person friend = member("Zeno");
        // pages Vera opened before the block, whose buttons she presses afterwards
        Page staleInvite = vera.memberPage(ugo);
        Page staleFollow = vera.memberPage(ugo);
        People.connect(ugo, vera);
        People.connect(ugo, friend);
        People.connect(vera, friend);
        vera.act(ugo, "follow");
        ugo.act(vera, "follow");
        wanda.invite(ugo, "OTHER", "");

        ugo.act(vera, "block");
        ugo.act(wanda, "block");
        assertThat(Db.number("select count(*) from connection_edge where (member_id = ? and other_id = ?) or (member_id = ? and other_id = ?)",
                ugo.id(), vera.id(), vera.id(), ugo.id())).isZero();
        assertThat(Db.number("select count(*) from follow where follower_id in (?, ?) and followee_id in (?, ?)",
                ugo.id(), vera.id(), ugo.id(), vera.id())).isZero();
        assertThat(Db.number("select count(*) from invitation where sender_id = ? and recipient_id = ? and status = 'PENDING'",
                wanda.id(), ugo.id())).isZero();

        // the blocked members no longer see the blocker, and cannot invite or follow
        assertThat(vera.memberPage(ugo).status()).isEqualTo(404);
        assertThat(wanda.memberPage(ugo).status()).isEqualTo(404);
        assertThat(vera.session().get("network").byId("connection-" + ugo.id())).isEmpty();
        assertThat(vera.session().get("network").byId("suggestion-" + ugo.id())).as("not even through their mutual friend").isEmpty();
        assertThat(ugo.session().get("network").byId("suggestion-" + vera.id())).isEmpty();
        Page invite = vera.session().submit(staleInvite, "network-actions", Map.of("howMet", "OTHER"), "invite");
        assertThat(invite.errors()).contains("This member is not available");
        assertThat(Db.number("select count(*) from invitation where sender_id = ? and recipient_id = ?", vera.id(), ugo.id())).isZero();
        Page follow = vera.session().submit(staleFollow, "network-actions", Map.of(), "follow");
        assertThat(follow.errors()).contains("This member is not available");
        assertThat(Db.number("select count(*) from follow where follower_id = ? and followee_id = ?", vera.id(), ugo.id())).isZero();

        // the blocker sees that they blocked, and may lift it
        Page blocked = ugo.memberPage(vera);
        assertThat(blocked.byId("network-state").orElseThrow().attr("data-state")).isEqualTo("BLOCKED_BY_VIEWER");
        ugo.act(vera, "unblock");
        assertThat(vera.memberPage(ugo).status()).isEqualTo(200);
    }

    @Test
    void nobodyActsOnSomeoneElsesInvitationEvenByGuessingItsId() throws Exception {
        Person anna = member("Anna");
        Person bruno = member("Bruno");
        Person mallory = member("Mallory");
        Person eve = member("Eve");
        anna.invite(bruno, "WORKED_TOGETHER", "");
        long target = People.pendingInvitation(anna, bruno);
        eve.invite(mallory, "OTHER", "");
        long malloryOwn = People.pendingInvitation(eve, mallory);
        mallory.invite(anna, "OTHER", "");
        long mallorySent = People.pendingInvitation(mallory, anna);

        for (String button : List.of("accept", "decline", "notNow")) {
            Page page = mallory.session().get("network/invitations");
            String form = People.rowForm(page, "invitation-" + malloryOwn);
            page.document().getElementById(form).select("input[name=invitation]").val(String.valueOf(target));
            assertThat(mallory.session().submit(page, form, Map.of(), button).status()).as(button).isEqualTo(403);
        }
        Page sent = mallory.session().get("network/invitations");
        String withdrawForm = People.rowForm(sent, "invitation-" + mallorySent);
        sent.document().getElementById(withdrawForm).select("input[name=invitation]").val(String.valueOf(target));
        assertThat(mallory.session().submit(sent, withdrawForm, Map.of(), "withdraw").status()).isEqualTo(403);

        // the recipient cannot withdraw it either
        bruno.invite(eve, "OTHER", "");
        Page brunos = bruno.session().get("network/invitations");
        String brunoForm = People.rowForm(brunos, "invitation-" + People.pendingInvitation(bruno, eve));
        brunos.document().getElementById(brunoForm).select("input[name=invitation]").val(String.valueOf(target));
        assertThat(bruno.session().submit(brunos, brunoForm, Map.of(), "withdraw").status()).isEqualTo(403);

        assertThat(Db.text("select status from invitation where id = ?", target)).isEqualTo("PENDING");
        assertThat(Db.text("select not_now::text from invitation where id = ?", target)).isEqualTo("false");

        // a signed-out visitor is sent to sign in, and a replayed form does nothing
        WebSession anonymous = new WebSession(base);
        assertThat(anonymous.get("network/invitations").uri().getPath()).isEqualTo("/signin");
        assertThat(anonymous.get("network").uri().getPath()).isEqualTo("/signin");
        assertThat(anonymous.get("network/member?id=" + anna.id()).uri().getPath()).isEqualTo("/signin");
        Page brunoSees = bruno.session().get("network/invitations");
        anonymous.submit(brunoSees, People.rowForm(brunoSees, "invitation-" + target), Map.of(), "accept");
        assertThat(Db.text("select status from invitation where id = ?", target)).isEqualTo("PENDING");
    }

    @Test
    void aMemberIsReportedOnceWhileTheReportIsOpenAndReportsAreLimitedPerDay() throws Exception {
        Person reporter = member("Rita Reporter");
        Person reported = member("Rex Reported");
        Page first = reporter.session().submit(reporter.memberPage(reported), "network-report", Map.of("reason", "SPAM", "text", "once"), "report");
        assertThat(first.text()).contains("An administrator will look at your report");
        Page again = reporter.session().submit(reporter.memberPage(reported), "network-report", Map.of("reason", "SPAM", "text", "twice"), "report");
        assertThat(again.text()).contains("You have already reported this");
        assertThat(Db.number("select count(*) from member_report where reporter_id = ? and reported_id = ?", reporter.id(), reported.id()))
                .isEqualTo(1);

        // the refused duplicate was not counted; 19 more reports today (recorded directly), then the 21st is refused
        assertThat(Db.number("select count(*) from rate_limit_event where action = 'REPORT' and actor = ?", String.valueOf(reporter.id())))
                .isOne();
        Db.execute("insert into rate_limit_event (action, actor, at) select 'REPORT', ?, now() - interval '1 hour' from generate_series(1, 19)",
                String.valueOf(reporter.id()));
        Person other = member("Otto Other");
        Page tooMany = reporter.session().submit(reporter.memberPage(other), "network-report", Map.of("reason", "SPAM", "text", "more"), "report");
        assertThat(tooMany.text()).contains("You have sent many reports today");
        Page script = reporter.session().ajaxForm(reporter.memberPage(other), "network-report", Map.of("reason", "SPAM", "text", "more"),
                "network-report:report");
        assertThat(script.status()).isEqualTo(429);
        assertThat(Long.parseLong(script.response().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 24L * 3600);
        assertThat(Db.number("select count(*) from member_report where reporter_id = ? and reported_id = ?", reporter.id(), other.id()))
                .isZero();
        // a day later they count no more
        Db.execute("update rate_limit_event set at = now() - interval '25 hours' where action = 'REPORT' and actor = ?",
                String.valueOf(reporter.id()));
        Page later = reporter.session().submit(reporter.memberPage(other), "network-report", Map.of("reason", "SPAM", "text", "more"), "report");
        assertThat(later.text()).contains("An administrator will look at your report");
    }

    @Test
    void anAdminIsNotSuspendedFromTheReportQueue() throws Exception {
        WebSession admin = Members.admin(base);
        long adminId = Db.number("select id from member where email = ?", Members.ADMIN);
        Person grudge = member("Gus Grudge");
        grudge.session().submit(grudge.memberPage(adminId), "network-report", Map.of("reason", "SPAM", "text", "I dislike this admin"), "report");
        long report = Db.number("select id from member_report where reporter_id = ? and reported_id = ?", grudge.id(), adminId);

        Page queue = admin.get("admin/reports");
        Page refused = confirmed(admin, queue, report, "suspend");
        assertThat(refused.text()).contains("An admin cannot be suspended from the report queue");
        assertThat(Db.text("select suspended::text from member where id = ?", adminId)).isEqualTo("false");
        assertThat(Db.text("select status from member_report where id = ?", report)).isEqualTo("OPEN");
        Page again = admin.get("admin/reports");
        admin.submit(again, "reports", Map.of(), button(again, report, "dismiss")); // out of the way of the other queue tests
    }

    @Test
    void reportsReachTheAdminQueueWhereAdminsDismissWarnOrSuspend() throws Exception {
        Person reporter = member("Renata");
        Person spammer = member("Sandro");
        Person rude = member("Rocco");
        Person harmless = member("Ornella");
        People.connect(reporter, spammer);

        for (Person reported : List.of(spammer, rude, harmless)) {
            Page done = reporter.session().submit(reporter.memberPage(reported), "network-report",
                    Map.of("reason", "SPAM", "text", "Sends the same offer to everyone, about " + reported.name()), "report");
            assertThat(done.text()).contains("An administrator will look at your report");
        }
        assertThat(reporter.session().get("admin/reports").status()).isEqualTo(403);

        WebSession admin = Members.admin(base);
        long adminId = Db.number("select id from member where email = ?", Members.ADMIN);
        Page queue = admin.get("admin/reports");
        long spamReport = Db.number("select id from member_report where reported_id = ?", spammer.id());
        long rudeReport = Db.number("select id from member_report where reported_id = ?", rude.id());
        long harmlessReport = Db.number("select id from member_report where reported_id = ?", harmless.id());
        assertThat(queue.byId("report-" + spamReport).orElseThrow().text()).contains("Sandro", "Spam", "Renata",
                "Sends the same offer to everyone, about Sandro");

        admin.submit(queue, "reports", Map.of(), button(queue, harmlessReport, "dismiss"));
        Page warnQueue = admin.get("admin/reports");
        String message = button(warnQueue, rudeReport, "warn").replace(":warn", ":message");
        admin.submit(warnQueue, "reports", Map.of(message, "Please stop sending the same offer to everyone."),
                button(warnQueue, rudeReport, "warn"));
        Page suspendQueue = admin.get("admin/reports");
        assertThat(spammer.session().get("home").uri().getPath()).isEqualTo("/home");
        Page after = confirmed(admin, suspendQueue, spamReport, "suspend");
        assertThat(spammer.session().get("home").uri().getPath()).as("signed out at the next request").isEqualTo("/signin");
        assertThat(after.byId("report-" + spamReport)).isEmpty();

        assertThat(Db.number("select count(*) from member_report where id in (?, ?, ?) and handled_by = ? and handled_at is not null",
                spamReport, rudeReport, harmlessReport, adminId)).isEqualTo(3);
        assertThat(Db.text("select status from member_report where id = ?", harmlessReport)).isEqualTo("DISMISSED");
        assertThat(Db.text("select status from member_report where id = ?", rudeReport)).isEqualTo("WARNED");

        // the warned member sees the warning on their home page until they acknowledge it
        Page home = rude.session().get("home");
        Element warning = home.document().selectFirst(".warning");
        assertThat(warning.text()).contains("Please stop sending the same offer to everyone.");
        rude.session().submit(home, "warnings", Map.of(), warning.selectFirst("input[type=submit]").attr("name"));
        assertThat(rude.session().get("home").document().select(".warning")).isEmpty();

        // the suspended member cannot sign in and disappears from lists
        assertThat(Db.text("select suspended::text from member where id = ?", spammer.id())).isEqualTo("true");
        assertThat(new WebSession(base).signIn(spammer.email(), Members.PASSWORD).uri().getPath()).isEqualTo("/signin");
        assertThat(reporter.session().get("network").byId("connection-" + spammer.id())).isEmpty();
        assertThat(reporter.memberPage(spammer).status()).isEqualTo(404);

        // an admin lifts the suspension: recorded, and the member is told on their home page
        Page members = admin.submit(admin.get("admin/members"), "members", Map.of("query", spammer.email()), "search");
        assertThat(members.byId("suspended-" + spammer.id())).isPresent();
        String lift = members.byId("member-" + spammer.id()).orElseThrow().selectFirst("input[id$=':unsuspend']").attr("name");
        assertThat(admin.submit(members, "members", Map.of(), lift).text()).contains("Suspension lifted");
        assertThat(Db.text("select suspended::text from member where id = ?", spammer.id())).isEqualTo("false");
        assertThat(Db.number("select count(*) from moderation_action where action = 'UNSUSPEND' and subject_id = ? and admin_id = ?",
                spammer.id(), adminId)).isEqualTo(1);
        WebSession back = new WebSession(base);
        assertThat(back.signIn(spammer.email(), Members.PASSWORD).uri().getPath()).isEqualTo("/home");
        assertThat(back.get("home").document().selectFirst(".warning").text()).contains("lifted your suspension");
        assertThat(admin.get("admin/reports").text()).contains("lifted the suspension of");
    }

    @Test
    void anAdminIsSuspendedOnlyByTheDeliberateActionOfTheMembersPage() throws Exception {
        WebSession admin = Members.admin(base);
        long adminId = Db.number("select id from member where email = ?", Members.ADMIN);
        Person other = member("Olivia Otheradmin");
        Db.execute("update member set admin = true where id = ?", other.id());
        Page members = admin.submit(admin.get("admin/members"), "members", Map.of("query", other.email()), "search");
        String suspend = members.byId("member-" + other.id()).orElseThrow().selectFirst("input[id$=':suspend']").attr("name");

        // one request opens the confirmation in the row; nothing is suspended yet, and it asks for the email of an admin
        Page asked = admin.submit(members, "members", Map.of(), suspend);
        assertThat(asked.byId("suspend-question").orElseThrow().text()).contains("Suspend this member?", "type their email");
        Element row = asked.byId("member-" + other.id()).orElseThrow();
        String reason = row.selectFirst("textarea[id$=':reason']").attr("name");
        String typed = row.selectFirst("input[id$=':typedEmail']").attr("name");
        String confirm = row.selectFirst("input[id$=':confirmSuspend']").attr("name");
        assertThat(Db.text("select suspended::text from member where id = ?", other.id())).isEqualTo("false");

        Page noReason = admin.submit(asked, "members", Map.of(typed, other.email()), confirm);
        assertThat(noReason.text()).contains("Give a reason for the suspension");
        Page wrongEmail = admin.submit(noReason, "members", Map.of(reason, "Abused the admin area", typed, "someone@else.org"), confirm);
        assertThat(wrongEmail.text()).contains("does not match");
        assertThat(Db.text("select suspended::text from member where id = ?", other.id())).isEqualTo("false");

        Page done = admin.submit(wrongEmail, "members", Map.of(reason, "Abused the admin area", typed, other.email().toUpperCase()), confirm);
        assertThat(done.text()).contains("Member suspended");
        assertThat(Db.text("select suspended::text from member where id = ?", other.id())).isEqualTo("true");
        assertThat(Db.text("select note from moderation_action where action = 'SUSPEND' and subject_id = ? and admin_id = ?", other.id(), adminId))
                .isEqualTo("Abused the admin area");
        assertThat(admin.get("admin/reports").byId("moderation-history").orElseThrow().text()).contains("Abused the admin area");
        assertThat(new WebSession(base).signIn(other.email(), Members.PASSWORD).uri().getPath()).isEqualTo("/signin");

        // the confirm button of a page that did not ask does nothing; nobody suspends themselves
        Person third = member("Tina Third");
        Page fresh = admin.submit(admin.get("admin/members"), "members", Map.of("query", third.email()), "search");
        String crafted = fresh.byId("member-" + third.id()).orElseThrow().selectFirst("input[id$=':suspend']").attr("name")
                .replace(":suspend", ":confirmSuspend");
        admin.send(java.net.http.HttpRequest.newBuilder(fresh.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("members=members&" + crafted + "=x&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(fresh.document().selectFirst("input[name=jakarta.faces.ViewState]").val(),
                        java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(Db.text("select suspended::text from member where id = ?", third.id())).isEqualTo("false");
        Page mine = admin.submit(admin.get("admin/members"), "members", Map.of("query", Members.ADMIN), "search");
        Page self = admin.submit(mine, "members", Map.of(),
                mine.byId("member-" + adminId).orElseThrow().selectFirst("input[id$=':suspend']").attr("name"));
        Element selfRow = self.byId("member-" + adminId).orElseThrow();
        Page refused = admin.submit(self, "members", Map.of(selfRow.selectFirst("textarea[id$=':reason']").attr("name"), "test",
                selfRow.selectFirst("input[id$=':typedEmail']").attr("name"), Members.ADMIN),
                selfRow.selectFirst("input[id$=':confirmSuspend']").attr("name"));
        assertThat(refused.text()).contains("You cannot suspend yourself");
        assertThat(Db.text("select suspended::text from member where id = ?", adminId)).isEqualTo("false");
    }

    /** Presses suspend, then the confirm button the queue then shows in that report's card. */
    private static Page confirmed(WebSession admin, Page queue, long reportId, String id) {
        Page asked = admin.submit(queue, "reports", Map.of(), button(queue, reportId, id));
        assertThat(asked.byId("report-" + reportId).orElseThrow().text()).contains("Suspend this member?");
        return admin.submit(asked, "reports", Map.of(), button(asked, reportId, "confirm"));
    }

    private static String button(Page queue, long reportId, String id) {
        return queue.byId("report-" + reportId).orElseThrow().selectFirst("input[id$=\":" + id + "\"]").attr("name");
    }

    @Test
    void peopleYouMayKnowMergesMutualConnectionsHistoryAndSkills() throws Exception {
        Person me = member("Mia");
        // Sources answer within the plugin call budget (100 ms) once warm; the first use on a fresh server warms them.
        me.session().get("network");
        Person f1 = member("Friend One");
        Person f2 = member("Friend Two");
        Person two = member("Two Mutuals");
        Person one = member("One Mutual");
        Person colleague = member("Colleague");
        Person classmate = member("Classmate");
        Person peer = member("Skill Peer");
        Person blocked = member("Blocked Mutual");
        Person dismissed = member("Dismissed Mutual");
        People.connect(me, f1);
        People.connect(me, f2);
        People.connect(two, f1);
        People.connect(two, f2);
        People.connect(one, f1);
        People.connect(blocked, f1);
        People.connect(dismissed, f1);
        me.act(blocked, "block");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String acme = "Acme " + tag;
        for (Person p : List.of(me, colleague)) {
            Db.execute("insert into experience (member_id, title, organisation, start_month) values (?, 'Engineer', ?, date '2020-01-01')",
                    p.id(), p == me ? acme : acme.toUpperCase());
        }
        for (Person p : List.of(me, classmate)) {
            Db.execute("insert into education (member_id, school) values (?, ?)", p.id(), "Politecnico " + tag);
        }
        long java = Db.number("insert into skill (normalised, name) values (?, ?) returning id", "java-" + tag, "Java " + tag);
        long sql = Db.number("insert into skill (normalised, name) values (?, ?) returning id", "sql-" + tag, "SQL " + tag);
        for (long skill : List.of(java, sql)) {
            Db.execute("insert into member_skill (member_id, skill_id) values (?, ?), (?, ?)", me.id(), skill, peer.id(), skill);
        }

        Page network = me.session().get("network");
        List<String> suggested = network.document().select("li.suggestion").eachAttr("id");
        assertThat(suggested).contains("suggestion-" + two.id(), "suggestion-" + one.id(), "suggestion-" + colleague.id(),
                "suggestion-" + classmate.id(), "suggestion-" + peer.id(), "suggestion-" + dismissed.id());
        assertThat(suggested.indexOf("suggestion-" + two.id())).isLessThan(suggested.indexOf("suggestion-" + one.id()));
        assertThat(suggested).doesNotContain("suggestion-" + me.id(), "suggestion-" + f1.id(), "suggestion-" + f2.id(),
                "suggestion-" + blocked.id());
        assertThat(network.byId("suggestion-" + two.id()).orElseThrow().text()).contains("2 mutual connections");
        assertThat(network.byId("suggestion-" + one.id()).orElseThrow().text()).contains("1 mutual connection");
        assertThat(network.byId("suggestion-" + colleague.id()).orElseThrow().text()).contains("Also worked at " + acme.toUpperCase());
        assertThat(network.byId("suggestion-" + classmate.id()).orElseThrow().text()).contains("Also studied at Politecnico " + tag);
        assertThat(network.byId("suggestion-" + peer.id()).orElseThrow().text()).contains("Shares skills: Java " + tag + ", SQL " + tag);

        String dismiss = network.byId("suggestion-" + dismissed.id()).orElseThrow().selectFirst("input[type=submit]").attr("name");
        Page after = me.session().submit(network, "suggestions-form", Map.of(), dismiss);
        assertThat(after.byId("suggestion-" + dismissed.id())).isEmpty();
        assertThat(me.session().get("network").byId("suggestion-" + dismissed.id())).isEmpty();

        // a pending invitation or a new connection takes people out of the suggestions
        me.invite(one, "OTHER", "");
        People.connect(me, two);
        List<String> now = me.session().get("network").document().select("li.suggestion").eachAttr("id");
        assertThat(now).doesNotContain("suggestion-" + one.id(), "suggestion-" + two.id());
    }

    @Test
    void pluginsHearCommittedChangesOnlyWhileEnabledAndAFailingListenerBreaksNothing() throws Exception {
        boolean probeWas = People.pluginEnabled("probe");
        boolean faultyWas = People.pluginEnabled("faulty");
        try {
            People.setPluginEnabled(base, "probe", true);
            People.setPluginEnabled(base, "faulty", true);
            Person gaia = member("Gaia");
            Person ivo = member("Ivo");
            Person jole = member("Jole");
            // listeners answer within the plugin call budget (100 ms) once warm; the first event on a fresh server warms them
            gaia.act(member("Warm Up"), "follow");

            assertThat(gaia.invite(ivo, "STUDIED_TOGETHER", "").text()).contains("Invitation sent");
            long id = People.pendingInvitation(gaia, ivo);
            assertThat(heard("invitationSent", gaia, ivo)).isEqualTo(1);
            assertThat(Db.text("select how_met from probe_connection_event where kind = 'invitationSent' and actor = ?", gaia.id()))
                    .isEqualTo("STUDIED_TOGETHER");
            ivo.answer(id, "accept");
            assertThat(heard("invitationAccepted", ivo, gaia)).isEqualTo(1);
            gaia.act(ivo, "remove");
            assertThat(heard("connectionRemoved", gaia, ivo)).isEqualTo(1);

            // the faulty plugin's listener throws on these: the actions still happen
            gaia.act(jole, "follow");
            assertThat(Db.number("select count(*) from follow where follower_id = ? and followee_id = ?", gaia.id(), jole.id())).isEqualTo(1);
            assertThat(heard("memberFollowed", gaia, jole)).isEqualTo(1);
            jole.act(gaia, "block");
            assertThat(Db.number("select count(*) from member_block where blocker_id = ? and blocked_id = ?", jole.id(), gaia.id())).isEqualTo(1);
            assertThat(heard("memberBlocked", jole, gaia)).isEqualTo(1);

            // an expiry is announced once, however often it is applied
            ivo.invite(gaia, "OTHER", "");
            long expiring = People.pendingInvitation(ivo, gaia);
            ivo.act(gaia, "withdraw");
            assertThat(heard("invitationWithdrawn", ivo, gaia)).isEqualTo(1);
            Db.execute("update invitation set status = 'PENDING', answered_at = null, created_at = now() - interval '31 days' where id = ?", expiring);
            gaia.session().get("network/invitations");
            ivo.session().get("network/invitations");
            assertThat(Db.text("select status from invitation where id = ?", expiring)).isEqualTo("EXPIRED");
            assertThat(heard("invitationExpired", ivo, gaia)).isEqualTo(1);

            // a plugin's suggestion source counts only while the plugin is enabled
            Person suggested = member("Probe Pick");
            Db.execute("insert into probe_suggestion (member_id, suggested_id) values (?, ?)", gaia.id(), suggested.id());
            assertThat(gaia.session().get("network").byId("suggestion-" + suggested.id()).orElseThrow().text())
                    .contains("The probe thinks you know each other");

            People.setPluginEnabled(base, "probe", false);
            assertThat(gaia.session().get("network").byId("suggestion-" + suggested.id())).isEmpty();
            Person kai = member("Kai");
            gaia.act(kai, "follow");
            assertThat(Db.number("select count(*) from follow where follower_id = ? and followee_id = ?", gaia.id(), kai.id())).isEqualTo(1);
            assertThat(heard("memberFollowed", gaia, kai)).as("a disabled plugin hears nothing").isZero();
        } finally {
            People.setPluginEnabled(base, "probe", probeWas);
            People.setPluginEnabled(base, "faulty", faultyWas);
        }
    }

    private static long heard(String kind, Person actor, Person subject) throws Exception {
        return Db.number("select count(*) from probe_connection_event where kind = ? and actor = ? and subject = ?",
                kind, actor.id(), subject.id());
    }
}
