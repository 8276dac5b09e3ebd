package social.rapport.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import social.rapport.web.testing.ClusterNode;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.TestDatabase;
import social.rapport.web.testing.TestMail;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * Two Payara Micro instances, A and B, clustered by their Hazelcast (TCP/IP on loopback, a
 * cluster name unique to this run) on the one test database: what a member does through one
 * holds on the other, as when a load balancer sends the next request elsewhere, and when A dies.
 * The instances are started here, not by Arquillian (whose instances run unclustered).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(TestMail.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static ClusterNode a;
    private static ClusterNode b;

    @BeforeAll
    static void startCluster() {
        Path dir = Path.of("target", "cluster-it").toAbsolutePath();
        Path war = dir.resolve("rapport-cluster.war");
        dir.toFile().mkdirs();
        Deployments.rapportWithTestPlugins().as(ZipExporter.class).exportTo(war.toFile(), true);
        String cluster = "rapport-it-" + UUID.randomUUID().toString().substring(0, 8);
        ClusterNode.Ports portsA = ClusterNode.Ports.free();
        ClusterNode.Ports portsB = ClusterNode.Ports.free();
        List<ClusterNode.Ports> all = List.of(portsA, portsB);
        a = ClusterNode.start("a", war, dir, cluster, portsA, all);
        // B starts once A's Hazelcast listens, so B joins A instead of both forming a cluster of one
        ClusterNode.awaitListening(portsA.cluster(), Duration.ofMinutes(2));
        b = ClusterNode.start("b", war, dir, cluster, portsB, all);
        a.awaitReady(Duration.ofMinutes(4));
        b.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stopCluster() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    @Order(1)
    void theTwoInstancesFormedOneCluster() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(b.logText()).contains("Members {size:2"));
    }

    @Test
    @Order(2)
    void aMemberSignedInOnAIsSignedInOnBWithTheSameRights() throws Exception {
        WebSession admin = Members.admin(a.base());
        assertThat(admin.on(b.base()).get("admin/plugins").status()).isEqualTo(200);

        Person member = People.newMember(a.base(), "Cleo Cluster");
        Page home = member.session().on(b.base()).get("home");
        assertThat(home.uri().getPath()).isEqualTo("/home");
        assertThat(home.text()).contains("Cleo Cluster");
        assertThat(member.session().on(b.base()).get("admin/plugins").status()).as("no admin rights on B either").isEqualTo(403);

        // signing out on B signs out on A too
        member.session().on(b.base()).signOut();
        assertThat(member.session().get("home").uri().getPath()).isEqualTo("/signin");
    }

    @Test
    @Order(3)
    void aFormOpenedOnAIsPostedToB() throws Exception {
        Person ada = People.newMember(a.base(), "Ada Form");
        Person bea = People.newMember(a.base(), "Bea Form");
        People.connect(ada, bea);
        Page write = ada.session().get("messages/new?to=" + bea.id());

        Page sent = ada.session().on(b.base()).submit(write, "send", Map.of("body", "Posted through B"), "submit");

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.text()).contains("Posted through B");
        assertThat(Db.number("select count(*) from message where sender_id = ? and body = 'Posted through B'", ada.id())).isEqualTo(1);
        long conversation = Db.number("select conversation_id from message where sender_id = ? and body = 'Posted through B'", ada.id());
        // and a conversation page opened on B answers a post to A
        Page open = ada.session().on(b.base()).get("messages/conversation?id=" + conversation);
        Page again = ada.session().submit(open, "send", Map.of("body", "Posted through A"), "submit");
        assertThat(again.text()).contains("Posted through B", "Posted through A");
    }

    @Test
    @Order(4)
    void aMessageSentOnAIsPushedLiveToTheRecipientsSocketOnB() throws Exception {
        Person ada = People.newMember(a.base(), "Ada Live");
        Person bea = People.newMember(a.base(), "Bea Live");
        People.connect(ada, bea);
        WebSession beaOnB = bea.session().on(b.base());
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        WebSocket socket = openSocket(beaOnB, beaOnB.get("home"), heard);
        try {
            Page write = ada.session().get("messages/new?to=" + bea.id());
            ada.session().submit(write, "send", Map.of("body", "Live across instances"), "submit");

            String message = heard.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("push on B of a message sent on A").isNotNull().contains("\"kind\":\"message\"", "Ada Live");
            long conversation = Db.number("select conversation_id from message where sender_id = ? and body = 'Live across instances'", ada.id());

            // Bea reads it on B: Ada's page on A hears "Seen"; Ada types on A: Bea's page on B hears it
            LinkedBlockingQueue<String> heardOnA = new LinkedBlockingQueue<>();
            Page adaConversation = ada.session().get("messages/conversation?id=" + conversation);
            WebSocket adaSocket = openSocket(ada.session(), adaConversation, heardOnA);
            try {
                Page beaConversation = beaOnB.get("messages/conversation?id=" + conversation);
                assertThat(beaOnB.ajax(beaConversation, "live", "live:markRead").status()).isEqualTo(200);
                assertThat(heardOnA.poll(10, TimeUnit.SECONDS)).as("'Seen' on A of a read on B").isNotNull()
                        .contains("\"kind\":\"read\"", "Bea Live");

                assertThat(ada.session().ajax(adaConversation, "live", "live:typingSignal").status()).isEqualTo(200);
                assertThat(heard.poll(10, TimeUnit.SECONDS)).as("typing on B of typing on A").isNotNull()
                        .contains("\"kind\":\"typing\"", "Ada Live");
            } finally {
                adaSocket.abort();
            }
        } finally {
            socket.abort();
        }
    }

    @Test
    @Order(5)
    void aPluginDisabledOnAIsDisabledOnBAtOnce() throws Exception {
        Person member = People.newMember(a.base(), "Pia Plugin");
        WebSession onB = member.session().on(b.base());
        People.setPluginEnabled(a.base(), "probe", true);
        assertThat(onB.get("p/probe/index.xhtml").status()).isEqualTo(200);

        People.setPluginEnabled(a.base(), "probe", false);
        // the very next request on B, however soon: no cache on B to wait for (how long that request takes is the machine's)
        assertThat(onB.get("p/probe/index.xhtml").status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void aMemberSuspendedOnAIsSignedOutOnBAtTheNextRequest() throws Exception {
        Person member = People.newMember(a.base(), "Sam Suspended");
        WebSession onB = member.session().on(b.base());
        assertThat(onB.get("home").uri().getPath()).isEqualTo("/home");

        WebSession admin = Members.admin(a.base());
        Page members = admin.submit(admin.get("admin/members"), "members", Map.of("query", member.email()), "search");
        String suspend = members.byId("member-" + member.id()).orElseThrow().selectFirst("input[id$=':suspend']").attr("name");
        Page asked = admin.submit(members, "members", Map.of(), suspend);
        org.jsoup.nodes.Element row = asked.byId("member-" + member.id()).orElseThrow();
        Page done = admin.submit(asked, "members", Map.of(row.selectFirst("textarea[id$=':reason']").attr("name"), "Spam across instances"),
                row.selectFirst("input[id$=':confirmSuspend']").attr("name"));
        assertThat(done.text()).contains("Member suspended");

        assertThat(onB.get("home").uri().getPath()).as("B at its next request").isEqualTo("/signin");
    }

    @Test
    @Order(7)
    void queuedMailIsSentOncePerMessageAndStillSentWhenTheInstanceThatRanItIsGone() throws Exception {
        Person member = People.newMember(a.base(), "Kim Killed");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            queueMail("once-" + marker + "-" + i + "@example.org");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                Db.number("select count(*) from mail_outbox where recipient like ? and sent_at is not null", "once-" + marker + "-%") == 20);
        for (int i = 0; i < 20; i++) {
            assertThat(TestMail.to("once-" + marker + "-" + i + "@example.org")).as("mail %d sent once by the two workers", i).hasSize(1);
        }

        a.kill();

        queueMail("after-" + marker + "@example.org");
        assertThat(TestMail.await("after-" + marker + "@example.org", 1)).hasSize(1);
        // signed in on A, which is gone: B still knows the member
        Page home = member.session().on(b.base()).get("home");
        assertThat(home.uri().getPath()).isEqualTo("/home");
        assertThat(home.text()).contains("Kim Killed");
    }

    private static void queueMail(String to) throws Exception {
        Db.execute("insert into mail_outbox (recipient, subject, text_body, html_body, created_at, next_attempt_at) "
                + "values (?, 'Cluster', 'Sent once', '<p>Sent once</p>', now(), now())", to);
    }

    /** Opens the member's live socket as the page's script would: the endpoint the page names, with the session's cookies. */
    private static WebSocket openSocket(WebSession session, Page page, LinkedBlockingQueue<String> heard) {
        String path = page.byId("live-socket").orElseThrow(() -> new AssertionError("no live socket on " + page.uri())).attr("data-url");
        URI uri = URI.create("ws://" + session.base().getAuthority() + path);
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", session.cookieHeader())
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            heard.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();
    }
}
