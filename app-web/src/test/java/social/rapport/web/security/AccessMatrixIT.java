package social.rapport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.OnMessage;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.conversation.LiveSocket;
import social.rapport.web.security.AccessMatrix.Who;
import social.rapport.web.security.Sweep.Captured;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * The access matrix ({@link AccessMatrix}, also in docs/security.md): every state-changing Faces
 * action of the core and of every plugin, every servlet, and the {@code /live} websocket, tried
 * as the callers who must be refused. Each sweep presses every button of the pages the caller
 * holds and compares a fingerprint of every table before and after: nothing may change. Forms
 * are fetched while the caller was still allowed (then they are suspended, blocked, or lose the
 * admin role), so the refusal must come from the service, not from a page that hides a button.
 */
@RapportIT
@RunAsClient
class AccessMatrixIT {

    static final List<String> PLUGINS = List.of("events", "sponsored", "recruiter");

    static URI shared;

    @ArquillianResource
    URL url;

    URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins().addClass(SecurityTestTrigger.class);
    }

    @BeforeEach
    void plugins() throws Exception {
        base = url.toURI();
        shared = base;
        for (String plugin : PLUGINS) {
            People.setPluginEnabled(base, plugin, true);
        }
        // what earlier IT classes left due is done now, not by a timer in the middle of a sweep
        assertThat(new WebSession(base).get("test/security?run=due-jobs").status()).isEqualTo(200);
    }

    @AfterAll
    static void asShipped() throws Exception {
        if (shared != null) {
            for (String plugin : PLUGINS) {
                People.setPluginEnabled(shared, plugin, false);
            }
        }
    }

    @Test
    void theMatrixNamesEveryActionOfTheApplication() throws Exception {
        Set<String> inPages = FacesActions.ofTheApplication().all();
        Set<String> inMatrix = AccessMatrix.byAction().keySet();
        assertThat(inPages).as("Faces actions found on the pages (a new one must be placed in AccessMatrix)").isSubsetOf(inMatrix);
        assertThat(inMatrix).as("actions of the matrix that no page has any more").isSubsetOf(inPages);
        assertThat(inPages).hasSizeGreaterThan(140);
    }

    @Test
    void theLiveWebsocketAcceptsNoMessages() {
        // /live only pushes signals; a message handler would be a new state-changing entry point for the matrix
        List<Method> handlers = Arrays.stream(LiveSocket.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(OnMessage.class)).toList();
        assertThat(handlers).isEmpty();
    }

    @Test
    void aSuspendedMemberAndAnAnonymousCallerChangeNothing() throws Exception {
        FacesActions actions = FacesActions.ofTheApplication();
        MatrixWorld world = MatrixWorld.create(base);
        Person m = world.connection(base, "Matrix Suspended");
        long ownEvent = MatrixWorld.event(m, "Suspended's own event");
        long ownPost = Db.number("insert into post (author_id, body, audience) values (?, 'My own post', 'EVERYONE') returning id", m.id());
        world.owner.session().submit(world.owner.session().get("post/" + ownPost), "comment", Map.of("body", "Owner's comment"), "submit");
        Person inviter = People.newMember(base, "Matrix Inviter");
        inviter.invite(m, "WORK", "Let us connect");
        Page group = m.session().get("messages/group");
        m.session().submit(group, "group", Map.of("title", "Matrix group", "members", Long.toString(world.owner.id())), "create");

        MatrixWorld.grantRecruiterRole(m); // so that the recruiter desk shows its forms
        List<Captured> pages = new ArrayList<>();
        for (String file : List.of("home", "profile/edit", "account/password", "account/data", "account/sessions", "account/data-use",
                "account/capabilities", "notifications", "notifications/preferences", "network", "network/invitations",
                "network/followers", "network/following", "feed/muted", "keep-in-touch", "messages", "messages/group",
                "p/recruiter/open-to", "p/recruiter/applications", "p/recruiter/manage/index", "p/sponsored/preferences",
                "p/sponsored/index", "p/events/index")) {
            pages.add(Sweep.capture(m.session(), file, file));
        }
        pages.add(Sweep.capture(m.session(), "network/member", "network/member?id=" + world.owner.id()));
        pages.add(Sweep.capture(m.session(), "network/member", "network/member?id=" + inviter.id()));
        pages.add(Sweep.capture(m.session(), "messages/conversation", "messages/conversation?id=" + world.conversationWith(m)));
        pages.add(Sweep.capture(m.session(), "messages/new", "messages/new?to=" + inviter.id()));
        pages.add(Sweep.capture(m.session(), "feed/post", "post/" + world.post));
        pages.add(Sweep.capture(m.session(), "feed/post", "post/" + ownPost));
        pages.add(Sweep.capture(m.session(), "feed/edit", "post/" + ownPost + "/edit"));
        pages.add(Sweep.capture(m.session(), "post/report", "post/report?post=" + world.post));
        pages.add(Sweep.capture(m.session(), "p/events/event", "p/events/event.xhtml?id=" + world.event));
        pages.add(Sweep.capture(m.session(), "p/events/event", "p/events/event.xhtml?id=" + ownEvent));
        pages.add(Sweep.capture(m.session(), "p/events/edit", "p/events/edit.xhtml?id=" + ownEvent));
        Long groupId = Db.number("select max(conversation_id) from conversation_member where member_id = ?", m.id());
        pages.add(Sweep.capture(m.session(), "messages/conversation", "messages/conversation?id=" + groupId));
        pages.forEach(p -> assertThat(p.page().status()).as(p.page().uri().toString()).isEqualTo(200));

        // the same forms posted without a session (the anonymous caller)
        Sweep anonymous = new Sweep(actions);
        Map<String, String> before = DatabaseState.snapshot();
        WebSession nobody = new WebSession(base);
        pages.forEach(p -> anonymous.pressAll(nobody, p, Set.of(), AccessMatrix.of(Who.PUBLIC), Map.of()));
        assertThat(anonymous.changes).as("anonymous posts that changed the database").isEmpty();
        assertThat(DatabaseState.changed(before, DatabaseState.snapshot())).isEmpty();
        assertThat(anonymous.errors).isEmpty();

        Db.execute("update member set suspended = true where id = ?", m.id());
        Sweep suspended = new Sweep(actions);
        before = DatabaseState.snapshot();
        pages.forEach(p -> suspended.pressAll(m.session(), p, Set.of(), AccessMatrix.of(Who.PUBLIC), Map.of()));
        assertThat(suspended.changes).as("posts of a suspended member that changed the database").isEmpty();
        assertThat(DatabaseState.changed(before, DatabaseState.snapshot())).isEmpty();
        assertThat(suspended.errors).isEmpty();
        Set<String> expected = AccessMatrix.of(Who.OWN, Who.MEMBER, Who.OWNER);
        expected.removeAll(AccessMatrix.OWNER_TRIED_ELSEWHERE.keySet());
        expected.removeAll(NOT_SHOWN_TO_THE_SWEEP);
        expected.removeAll(AccessMatrix.SECOND_STEPS);
        assertThat(missing(expected, suspended.tried)).as("actions the suspended sweep did not reach").isEmpty();
        assertThat(missing(expected, anonymous.tried)).as("actions the anonymous sweep did not reach").isEmpty();
    }

    /**
     * Buttons the sweep's pages do not show, because the member is not in the state that shows
     * them (an entry to remove, a received invitation, a block, a muted member, an ad, an ended
     * event, a conversation's ending or request, a warning, an application, a reaction to take
     * back, a comment of their own to edit, a job). Their refusal for a
     * signed-out or suspended caller is the same check as every other action's ({@code Caller}
     * treats a suspended member as signed out); each is tried by its feature's IT for its owner.
     */
    static final Set<String> NOT_SHOWN_TO_THE_SWEEP = Set.of("aboutAd.hide", "aboutAd.hideAdvertiser", "aboutAd.report",
            "advertiserHome.describe", "editProfile.removeEducation", "editProfile.removeExperience", "editProfile.removePhoto",
            "editProfile.removeSkill", "followUp.save", "homeFeed.unfollow", "inbox.later", "inbox.noThanks", "inbox.notNow",
            "invitations.accept", "invitations.decline", "invitations.notNow", "invitations.withdraw", "keepInTouch.cadence",
            "keepInTouch.done", "keepInTouch.snooze", "memberWarnings.acknowledge", "mutedMembers.unmute", "myApplications.withdraw",
            "myNetwork.dismiss", "openConversation.accept", "openConversation.add", "openConversation.block", "openConversation.decline",
            "openConversation.leave", "profileActions.accept", "profileActions.decline", "profileActions.notNow", "profileActions.unblock",
            "profileActions.unfollow", "profileActions.withdraw", "profileConversation.saveCadence", "resendVerification.submit",
            "sessions.end", "receivedOutreach.notInterested", "receivedOutreach.doNotContact", "receivedOutreach.allowAgain", "viewEvent.deleteComment", "viewEvent.react", "viewJob.apply", "viewPost.saveComment", "viewPost.unreact");

    @Test
    void aBlockedMemberCanNoLongerActOnTheMemberWhoBlockedThem() throws Exception {
        FacesActions actions = FacesActions.ofTheApplication();
        MatrixWorld world = MatrixWorld.create(base);
        Person b = world.connection(base, "Matrix Blocked");
        List<Captured> pages = new ArrayList<>();
        pages.add(Sweep.capture(b.session(), "network/member", "network/member?id=" + world.owner.id()));
        pages.add(Sweep.capture(b.session(), "messages/conversation", "messages/conversation?id=" + world.conversationWith(b)));
        pages.add(Sweep.capture(b.session(), "feed/post", "post/" + world.post));
        pages.add(Sweep.capture(b.session(), "post/report", "post/report?post=" + world.post));
        pages.add(Sweep.capture(b.session(), "p/events/event", "p/events/event.xhtml?id=" + world.event));
        pages.add(Sweep.capture(b.session(), "messages/new", "messages/new?to=" + world.owner.id()));
        MatrixWorld.block(world.owner, b);

        Sweep blocked = new Sweep(actions);
        Map<String, String> before = DatabaseState.snapshot();
        pages.forEach(p -> blocked.pressAll(b.session(), p, Set.of(), ALLOWED_WHEN_BLOCKED, Map.of()));
        assertThat(blocked.changes).as("posts of the blocked member that changed the database").isEmpty();
        assertThat(DatabaseState.changed(before, DatabaseState.snapshot())).isEmpty();
        assertThat(blocked.errors).isEmpty();
        assertThat(blocked.tried).contains("profileActions.follow", "profileActions.remove", "openConversation.send", "viewPost.comment",
                "viewPost.react", "viewPost.reshare", "viewEvent.postComment", "viewEvent.going");
    }

    /**
     * What a blocked member may still do about the member who blocked them: block or report them,
     * hide or delete their own messages, leave, and mark the conversation read for themselves.
     */
    static final Set<String> ALLOWED_WHEN_BLOCKED = Set.of("profileActions.block", "profileActions.report", "reportContent.submit",
            "openConversation.block", "openConversation.deleteForMe", "openConversation.deleteForEveryone", "openConversation.leave",
            "openConversation.markRead", "openConversation.refresh");

    @Test
    void anUnrelatedMemberIsNotGivenTheOwnersForms() throws Exception {
        FacesActions actions = FacesActions.ofTheApplication();
        MatrixWorld world = MatrixWorld.create(base);
        Person c = world.connection(base, "Matrix Connection");
        Person stranger = People.newMember(base, "Matrix Stranger");
        List<Captured> pages = List.of(
                Sweep.capture(stranger.session(), "feed/post", "post/" + world.post),
                Sweep.capture(stranger.session(), "feed/edit", "post/" + world.post + "/edit"),
                Sweep.capture(stranger.session(), "messages/conversation", "messages/conversation?id=" + world.conversationWith(c)),
                Sweep.capture(stranger.session(), "p/events/edit", "p/events/edit.xhtml?id=" + world.event),
                Sweep.capture(stranger.session(), "p/events/followup", "p/events/followup.xhtml?id=" + world.event),
                Sweep.capture(stranger.session(), "p/events/event", "p/events/event.xhtml?id=" + world.event));
        Sweep unrelated = new Sweep(actions);
        Map<String, String> before = DatabaseState.snapshot();
        pages.forEach(p -> unrelated.pressAll(stranger.session(), p, Set.of(), AccessMatrix.of(Who.MEMBER), Map.of()));
        assertThat(unrelated.changes).as("posts of an unrelated member that changed the database").isEmpty();
        assertThat(DatabaseState.changed(before, DatabaseState.snapshot())).isEmpty();
        assertThat(unrelated.errors).isEmpty();
        assertThat(unrelated.tried).as("owner's actions offered to a stranger").doesNotContainAnyElementsOf(AccessMatrix.of(Who.OWNER));
    }

    @Test
    void aNonAdminAndASuspendedAdminChangeNothingInTheAdminArea() throws Exception {
        FacesActions actions = FacesActions.ofTheApplication();
        MatrixWorld world = MatrixWorld.create(base);
        world.fillAdminQueues(base, People.newMember(base, "Matrix Reporter"));
        Person revoked = People.newMember(base, "Matrix Revoked Admin");
        Person suspendedAdmin = People.newMember(base, "Matrix Suspended Admin");
        Person plain = People.newMember(base, "Matrix Plain Member");
        Db.execute("update member set admin = true where id in (?, ?)", revoked.id(), suspendedAdmin.id());
        // the newest member, suspended: first on /admin/members (newest first, 50 a page), so "Lift suspension" is
        // on the captured page however many members the suite's earlier classes left
        Person onHold = People.newMember(base, "Matrix Member On Hold");
        Db.execute("update member set suspended = true where id = ?", onHold.id());
        List<String> files = actions.byFile.keySet().stream().filter(f -> f.startsWith("admin/") || f.matches("p/\\w+/admin/.*")).toList();
        List<Captured> revokedPages = new ArrayList<>();
        List<Captured> suspendedPages = new ArrayList<>();
        for (String file : files) {
            String route = file.equals("admin/plugin-settings") ? file + "?plugin=events" : file.startsWith("p/") ? file + ".xhtml" : file;
            if (file.equals("admin/setup")) {
                continue; // the first-start page: its token, not a role, is the check
            }
            revokedPages.add(Sweep.capture(revoked.session(), file, route));
            suspendedPages.add(Sweep.capture(suspendedAdmin.session(), file, route));
            assertThat(plain.session().get(route).status()).as("a member opens " + route).isIn(403, 404);
        }
        Db.execute("update member set admin = false where id = ?", revoked.id());
        Db.execute("update member set suspended = true where id = ?", suspendedAdmin.id());

        Sweep nonAdmin = new Sweep(actions);
        Sweep suspended = new Sweep(actions);
        Sweep anonymous = new Sweep(actions);
        Map<String, String> before = DatabaseState.snapshot();
        revokedPages.forEach(p -> nonAdmin.pressAll(revoked.session(), p, Set.of(), Set.of(), Map.of()));
        suspendedPages.forEach(p -> suspended.pressAll(suspendedAdmin.session(), p, Set.of(), Set.of(), Map.of()));
        revokedPages.forEach(p -> anonymous.pressAll(new WebSession(base), p, Set.of(), Set.of(), Map.of()));
        assertThat(nonAdmin.changes).as("posts of a revoked admin that changed the database").isEmpty();
        assertThat(suspended.changes).as("posts of a suspended admin that changed the database").isEmpty();
        assertThat(anonymous.changes).as("anonymous posts to the admin area that changed the database").isEmpty();
        assertThat(DatabaseState.changed(before, DatabaseState.snapshot())).isEmpty();
        assertThat(nonAdmin.errors).isEmpty();
        assertThat(suspended.errors).isEmpty();
        assertThat(anonymous.errors).isEmpty();
        Set<String> expected = AccessMatrix.of(Who.ADMIN);
        expected.removeAll(NOT_SHOWN_TO_THE_ADMIN_SWEEP);
        expected.removeAll(AccessMatrix.SECOND_STEPS);
        assertThat(missing(expected, nonAdmin.tried)).as("admin actions the non-admin sweep did not reach").isEmpty();
        assertThat(missing(expected, suspended.tried)).as("admin actions the suspended-admin sweep did not reach").isEmpty();
    }

    /** Admin buttons the sweep's queues do not show (nothing of that kind is waiting), each tried by its feature's IT. */
    static final Set<String> NOT_SHOWN_TO_THE_ADMIN_SWEEP = Set.of("approveOrganisations.approve", "approveOrganisations.decline");

    @Test
    void servletsChangeNothingForOtherMethodsOrCallers() throws Exception {
        Person member = People.newMember(base, "Matrix Servlet Member");
        Set<String> servlets = FacesActions.ofTheApplication().servlets;
        assertThat(servlets).contains("photos/1", "feed/new", "p/events/calendar", "p/sponsored/click");
        Map<String, String> before = DatabaseState.snapshot();
        List<String> answers = new ArrayList<>();
        for (String servlet : servlets) {
            for (WebSession session : List.of(new WebSession(base), member.session())) {
                for (String method : List.of("POST", "PUT", "DELETE")) {
                    Page answer = session.send(HttpRequest.newBuilder(base.resolve(servlet + "?id=1")).method(method, HttpRequest.BodyPublishers.ofString("x=1")));
                    if (answer.status() >= 500) {
                        answers.add(answer.status() + " " + method + " " + servlet);
                    }
                }
            }
        }
        assertThat(answers).as("servlets that failed").isEmpty();
        assertThat(DatabaseState.changed(before, DatabaseState.snapshot())).isEmpty();
    }

    private static Set<String> missing(Set<String> expected, Set<String> tried) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(tried);
        return missing;
    }
}
