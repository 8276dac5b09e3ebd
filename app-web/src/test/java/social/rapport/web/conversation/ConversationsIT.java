package social.rapport.web.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
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
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession.Page;

/**
 * Conversations on the real server and PostgreSQL: who may read and write (id guessing too),
 * direct conversations and message requests with their limits and states, edit and delete
 * windows, blocks and suspensions, groups, unread counts and "Seen", open loops and polite
 * endings, reply rates, and keep in touch.
 */
@RapportIT
@RunAsClient
class ConversationsIT {

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

    // ------------------------------------------------------------------ helpers

    /** Writes to a member from /messages/new?to= (or their existing conversation, where that page leads). */
    private static Page write(Person from, Person to, String body) {
        Page page = from.session().get("messages/new?to=" + to.id());
        if (page.document().getElementById("send") == null) {
            return page; // no send box: a request waiting for acceptance, a declined one, or nobody to write to
        }
        return from.session().submit(page, "send", Map.of("body", body), "submit");
    }

    private static Page open(Person who, long conversationId) {
        return who.session().get("messages/conversation?id=" + conversationId);
    }

    /** The conversation page with the creator's "add a connection" list. */
    private static Page openAdding(Person who, long conversationId) {
        return who.session().get("messages/conversation?add=1&id=" + conversationId);
    }

    private static Page post(Person who, long conversationId, String body) {
        return who.session().submit(open(who, conversationId), "send", Map.of("body", body), "submit");
    }

    private static long direct(Person a, Person b) throws Exception {
        return Db.number("select id from conversation where direct_key = ?", Math.min(a.id(), b.id()) + ":" + Math.max(a.id(), b.id()));
    }

    private static long lastMessage(long conversationId) throws Exception {
        return Db.number("select max(id) from message where conversation_id = ?", conversationId);
    }

    private static long messages(long conversationId) throws Exception {
        return Db.number("select count(*) from message where conversation_id = ?", conversationId);
    }

    /** Presses a button of the form in the row with this element id. */
    private static Page press(Person who, Page page, String rowId, Map<String, String> fields, String button) {
        return who.session().submit(page, People.rowForm(page, rowId), fields, button);
    }

    private static String handle(Person p) throws Exception {
        return Db.text("select handle from profile where member_id = ?", p.id());
    }

    /** Makes the conversation's latest message look {@code days} old. */
    private static void age(long conversationId, int days) throws Exception {
        Db.execute("update message set created_at = created_at - make_interval(days => ?) where conversation_id = ?", days, conversationId);
        Db.execute("update conversation set last_message_at = last_message_at - make_interval(days => ?) where id = ?", days, conversationId);
    }

    // ------------------------------------------------------------------ direct conversations and access

    @Test
    void connectionsTalkDirectlyWithUnreadCountsAndSeen() throws Exception {
        Person ada = member("Ada Direct");
        Person bea = member("Bea Direct");
        People.connect(ada, bea);

        Page sent = write(ada, bea, "Hello Bea, see https://example.org/talk <b>bold</b>");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.uri().getPath()).isEqualTo("/messages/conversation");
        long id = direct(ada, bea);
        assertThat(Db.text("select state from conversation where id = ?", id)).isEqualTo("OPEN");
        // the link is made safe, the markup typed is text
        Element body = sent.document().selectFirst("#message-" + lastMessage(id) + " .body");
        assertThat(body.select("a").attr("rel")).isEqualTo("nofollow ugc noopener");
        assertThat(body.select("b")).isEmpty();
        assertThat(body.text()).contains("<b>bold</b>");

        Page inbox = bea.session().get("messages");
        assertThat(inbox.byId("conversation-" + id).orElseThrow().attr("data-unread")).isEqualTo("1");
        assertThat(inbox.byId("messages-unread").orElseThrow().text()).isEqualTo("1");
        assertThat(ada.session().get("messages/conversation?id=" + id).byId("seen")).isEmpty();

        // opening it is a GET and changes nothing (a link on another site must not tell Ada "Seen")
        Page read = open(bea, id);
        assertThat(read.text()).contains("Hello Bea");
        assertThat(Db.number("select unread from conversation_member where conversation_id = ? and member_id = ?", id, bea.id()))
                .isEqualTo(1);
        assertThat(ada.session().get("messages/conversation?id=" + id).byId("seen")).isEmpty();
        // the page's own script marks it read with a POST
        assertThat(bea.session().ajax(read, "live", "live:markRead").status()).isEqualTo(200);
        assertThat(bea.session().get("messages").byId("messages-unread")).isEmpty();
        assertThat(bea.session().get("messages").byId("conversation-" + id).orElseThrow().attr("data-unread")).isEqualTo("0");
        assertThat(open(ada, id).byId("seen").orElseThrow().text()).isEqualTo("Seen");

        // messages are rate-limited: 300 in the last hour (recorded directly), then the next one waits
        Db.execute("insert into rate_limit_event (action, actor, at) select 'MESSAGE', ?, now() from generate_series(1, 300)",
                String.valueOf(bea.id()));
        assertThat(post(bea, id, "One too many").text()).contains("many messages in the last hour");
        Db.execute("delete from rate_limit_event where actor = ?", String.valueOf(bea.id()));
        post(bea, id, "Hi Ada!");
        assertThat(open(ada, id).text()).contains("Hi Ada!");
        assertThat(Db.number("select count(*) from member_interaction where actor_id = ? and subject_id = ? and kind = 'message'",
                bea.id(), ada.id())).isEqualTo(1);
        // writing again to her leads to the same conversation
        write(ada, bea, "One more thing");
        assertThat(Db.number("select count(*) from conversation where direct_key = ?", Math.min(ada.id(), bea.id()) + ":"
                + Math.max(ada.id(), bea.id()))).isEqualTo(1);
        assertThat(messages(id)).isEqualTo(3);
    }

    @Test
    void twoConnectionsWritingToEachOtherForTheFirstTimeAtOnceShareOneConversation() throws Exception {
        for (int pair = 0; pair < 4; pair++) {
            Person ada = member("Ada Race " + pair);
            Person bea = member("Bea Race " + pair);
            People.connect(ada, bea);
            Page toBea = ada.session().get("messages/new?to=" + bea.id());
            Page toAda = bea.session().get("messages/new?to=" + ada.id());
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            var fromAda = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                await(together);
                return ada.session().submit(toBea, "send", Map.of("body", "Hi Bea"), "submit");
            });
            var fromBea = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                await(together);
                return bea.session().submit(toAda, "send", Map.of("body", "Hi Ada"), "submit");
            });
            assertThat(List.of(fromAda.join().status(), fromBea.join().status())).as("pair %d", pair).containsOnly(200);
            long id = direct(ada, bea);
            assertThat(Db.number("select count(*) from message where conversation_id = ?", id)).isEqualTo(2);
        }
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyParticipantsReadOrActAndGuessedIdsAnswer404() throws Exception {
        Person ada = member("Ada Private");
        Person bea = member("Bea Private");
        Person eve = member("Eve Guesser");
        Person dan = member("Dan Eve's Friend");
        People.connect(ada, bea);
        People.connect(eve, dan);
        write(ada, bea, "Our secret plan");
        long id = direct(ada, bea);
        long secret = lastMessage(id);
        write(eve, dan, "Hi Dan");
        long evesOwn = direct(eve, dan);

        // read
        Page guessed = open(eve, id);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(guessed.body()).doesNotContain("Our secret plan");
        assertThat(open(eve, 999_999_999L).status()).isEqualTo(404);
        assertThat(eve.session().get("messages/conversation?id=abc").status()).isEqualTo(404);
        assertThat(eve.session().get("messages").text()).doesNotContain("Ada Private");
        assertThat(eve.session().get("messages?q=secret").text()).doesNotContain("Our secret plan");

        // edit / delete someone else's message from her own page, by its guessed id
        Page own = open(eve, evesOwn);
        String row = "message-" + lastMessage(evesOwn);
        assertThat(press(eve, own, row, Map.of("message", String.valueOf(secret)), "deleteMine").status()).isEqualTo(404);
        own = open(eve, evesOwn);
        assertThat(press(eve, own, row, Map.of("message", String.valueOf(secret), "text", "hacked"), "save").status()).isEqualTo(404);
        own = open(eve, evesOwn);
        assertThat(press(eve, own, row, Map.of("message", String.valueOf(secret)), "deleteAll").status()).isEqualTo(404);
        assertThat(Db.text("select body from message where id = ?", secret)).isEqualTo("Our secret plan");
        assertThat(Db.number("select count(*) from message where id = ? and deleted_at is null", secret)).isEqualTo(1);
        assertThat(Db.number("select count(*) from message_hidden where message_id = ?", secret)).isZero();

        // post into it through a polite ending on her inbox's loop form, with the guessed conversation id
        age(evesOwn, 0);
        Db.execute("update conversation set last_sender_id = ?, last_message_at = now() - interval '3 days' where id = ?", dan.id(), evesOwn);
        Page inbox = eve.session().get("messages");
        assertThat(press(eve, inbox, "loop-" + evesOwn, Map.of("conversation", String.valueOf(id)), "noThanks").status()).isEqualTo(404);
        assertThat(messages(id)).isEqualTo(1);

        // a member who is not the sender cannot edit
        Page beaPage = open(bea, id);
        assertThat(beaPage.byId("message-" + secret).orElseThrow().select("textarea")).isEmpty();
        assertThat(press(bea, beaPage, "message-" + secret, Map.of("text", "changed"), "deleteMine").status()).isEqualTo(200);
        assertThat(Db.number("select count(*) from message_hidden where message_id = ? and member_id = ?", secret, bea.id())).isEqualTo(1);
        assertThat(open(ada, id).text()).contains("Our secret plan");
    }

    // ------------------------------------------------------------------ requests

    @Test
    void aNonConnectionWritesOnceAsARequestUntilAccepted() throws Exception {
        Person sam = member("Sam Sender");
        Person rita = member("Rita Recipient");
        Page sent = write(sam, rita, "Hi Rita, could we talk about your JUG?");
        long id = direct(sam, rita);
        assertThat(Db.text("select state from conversation where id = ?", id)).isEqualTo("REQUEST");
        assertThat(sent.byId("request-waiting")).isPresent();
        assertThat(sent.byId("send")).isEmpty();
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'message.request'", rita.id())).isEqualTo(1);

        // lands in Requests, not the inbox
        assertThat(rita.session().get("messages").byId("conversation-" + id)).isEmpty();
        assertThat(rita.session().get("messages?folder=requests").byId("conversation-" + id)).isPresent();

        // no second message before acceptance, by the new-message page either
        Page again = write(sam, rita, "Hello??");
        assertThat(again.byId("send")).isEmpty();
        assertThat(messages(id)).isEqualTo(1);

        Page request = open(rita, id);
        assertThat(request.byId("request-answer")).isPresent();
        rita.session().submit(request, "request", Map.of(), "accept");
        assertThat(Db.text("select state from conversation where id = ?", id)).isEqualTo("OPEN");
        assertThat(rita.session().get("messages").byId("conversation-" + id)).isPresent();
        post(sam, id, "Thanks for accepting");
        assertThat(messages(id)).isEqualTo(2);
    }

    @Test
    void requestsAreLimitedPerWeek() throws Exception {
        Person sam = member("Sam Busy");
        Person rita = member("Rita Limit");
        // 20 requests this week (recorded directly), then the next one waits
        Db.execute("insert into rate_limit_event (action, actor, at) select 'MESSAGE_REQUEST', ?, now() - interval '1 day' "
                + "from generate_series(1, 20)", String.valueOf(sam.id()));
        Page refused = write(sam, rita, "Hello");
        assertThat(refused.errors()).contains("most message requests");
        // a script gets 429, with the seconds until the oldest request leaves the week (6 days)
        Page script = sam.session().ajaxForm(sam.session().get("messages/new?to=" + rita.id()), "send", Map.of("body", "Hello"), "send:submit");
        assertThat(script.status()).isEqualTo(429);
        assertThat(Long.parseLong(script.response().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(6L * 24 * 3600 - 60, 6L * 24 * 3600);
        assertThat(Db.number("select count(*) from conversation where creator_id = ? and direct_key is not null", sam.id())).isZero();

        Db.execute("update rate_limit_event set at = now() - interval '8 days' where action = 'MESSAGE_REQUEST' and actor = ?",
                String.valueOf(sam.id()));
        write(sam, rita, "Hello");
        assertThat(Db.number("select count(*) from rate_limit_event where action = 'MESSAGE_REQUEST' and actor = ? and at > now() - interval '1 hour'",
                String.valueOf(sam.id()))).isOne();
        assertThat(Db.text("select state from conversation where id = ?", direct(sam, rita))).isEqualTo("REQUEST");
    }

    @Test
    void aDeclinedRequestStaysClosedAndBlockingFromARequestStopsEverything() throws Exception {
        Person sam = member("Sam Declined");
        Person rita = member("Rita Decliner");
        write(sam, rita, "Can I sell you something?");
        long id = direct(sam, rita);
        rita.session().submit(open(rita, id), "request", Map.of(), "decline");
        assertThat(Db.text("select state from conversation where id = ?", id)).isEqualTo("DECLINED");
        assertThat(rita.session().get("messages?folder=requests").byId("conversation-" + id)).isEmpty();
        Page closed = open(sam, id);
        assertThat(closed.byId("declined-note")).isPresent();
        write(sam, rita, "Are you sure?");
        assertThat(messages(id)).isEqualTo(1);

        Person spam = member("Spam Sender");
        write(spam, rita, "Buy now");
        long spamId = direct(spam, rita);
        Page asked = rita.session().submit(open(rita, spamId), "request", Map.of(), "block");
        assertThat(asked.byId("block-question").orElseThrow().text()).contains("deleted for good");
        assertThat(Db.number("select count(*) from member_block where blocker_id = ?", rita.id())).isZero();
        rita.session().submit(asked, "request", Map.of(), "confirmBlock");
        assertThat(Db.number("select count(*) from member_block where blocker_id = ? and blocked_id = ?", rita.id(), spam.id())).isEqualTo(1);
        assertThat(Db.text("select state from conversation where id = ?", spamId)).isEqualTo("DECLINED");
        assertThat(spam.session().get("messages/new?to=" + rita.id()).status()).isEqualTo(404);
        assertThat(messages(spamId)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ edit and delete

    @Test
    void editAndDeleteForEveryoneOnlyWithinFifteenMinutesThenDeleteForMe() throws Exception {
        Person ada = member("Ada Editor");
        Person bea = member("Bea Reader");
        People.connect(ada, bea);
        write(ada, bea, "Meeting at 10");
        long id = direct(ada, bea);
        long first = lastMessage(id);

        Page page = open(ada, id);
        press(ada, page, "message-" + first, Map.of("text", "Meeting at 11"), "save");
        assertThat(Db.text("select body from message where id = ?", first)).isEqualTo("Meeting at 11");
        Page seen = open(bea, id);
        assertThat(seen.byId("message-" + first).orElseThrow().text()).contains("Meeting at 11", "(edited)");

        // just inside the window it still works; just outside it is refused
        Db.execute("update message set created_at = now() - interval '14 minutes 50 seconds' where id = ?", first);
        press(ada, open(ada, id), "message-" + first, Map.of("text", "Meeting at 12"), "save");
        assertThat(Db.text("select body from message where id = ?", first)).isEqualTo("Meeting at 12");
        Db.execute("update message set created_at = now() - interval '15 minutes 10 seconds' where id = ?", first);
        page = open(ada, id);
        assertThat(page.byId("message-" + first).orElseThrow().select("textarea")).isEmpty();
        Page late = press(ada, page, "message-" + first, Map.of("text", "Meeting at 13"), "deleteMine");
        assertThat(late.status()).isEqualTo(200);
        // the old form, pressed late (e.g. a page left open), is refused by the service
        post(ada, id, "Second");
        long second = lastMessage(id);
        Page open = open(ada, id);
        Db.execute("update message set created_at = now() - interval '16 minutes' where id = ?", second);
        Page refused = press(ada, open, "message-" + second, Map.of("text", "Second, edited"), "save");
        assertThat(refused.errors()).contains("within 15 minutes");
        assertThat(Db.text("select body from message where id = ?", second)).isEqualTo("Second");
        refused = press(ada, open(ada, id), "message-" + second, Map.of(), "deleteMine");
        assertThat(Db.number("select count(*) from message where id = ? and deleted_at is null", second)).isEqualTo(1);

        // delete for me hid the first one for Ada only
        assertThat(open(ada, id).byId("message-" + first)).isEmpty();
        assertThat(open(bea, id).byId("message-" + first)).isPresent();

        // a fresh message deleted for everyone keeps its place without its text
        post(ada, id, "Oops, wrong chat");
        long third = lastMessage(id);
        press(ada, open(ada, id), "message-" + third, Map.of(), "deleteAll");
        Page after = open(bea, id);
        assertThat(after.byId("message-" + third).orElseThrow().text()).contains("This message was deleted").doesNotContain("Oops");
    }

    @Test
    void messagesAreLimitedTo5000Characters() throws Exception {
        Person ada = member("Ada Long");
        Person bea = member("Bea Long");
        People.connect(ada, bea);
        write(ada, bea, "x".repeat(5000));
        long id = direct(ada, bea);
        Page refused = post(ada, id, "y".repeat(5001));
        assertThat(refused.errors()).contains("at most 5,000 characters");
        assertThat(post(ada, id, "   ").errors()).contains("Write something");
        assertThat(messages(id)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ blocks and suspensions

    @Test
    void aBlockStopsMessagesBothWays() throws Exception {
        Person ada = member("Ada Blocker");
        Person bea = member("Bea Blocked");
        People.connect(ada, bea);
        write(ada, bea, "Before the block");
        long id = direct(ada, bea);
        ada.act(bea, "block");
        assertThat(Db.number("select count(*) from member_block where blocker_id = ?", ada.id())).isEqualTo(1);

        Page beaSide = open(bea, id);
        assertThat(beaSide.byId("send")).isEmpty();
        assertThat(beaSide.text()).doesNotContain("Before the block");
        assertThat(bea.session().get("messages").byId("conversation-" + id)).isEmpty();
        assertThat(bea.session().get("messages/new?to=" + ada.id()).status()).isEqualTo(404);
        assertThat(ada.session().get("messages/new?to=" + bea.id()).status()).isEqualTo(404);
        assertThat(open(ada, id).byId("send")).isEmpty();
        assertThat(messages(id)).isEqualTo(1);
    }

    @Test
    void suspendedMembersMessagesAreHidden() throws Exception {
        Person ada = member("Ada Reader");
        Person bea = member("Bea Suspended");
        Person cat = member("Cat Group");
        People.connect(ada, bea);
        People.connect(ada, cat);
        write(bea, ada, "I will be suspended");
        long id = direct(ada, bea);
        Page group = ada.session().get("messages/group");
        ada.session().submit(group, "group", Map.of("title", "Trio", "members", String.valueOf(cat.id()), "body", "Welcome"), "create");
        long groupId = Db.number("select max(conversation_id) from conversation_member where member_id = ?", cat.id());
        Db.execute("insert into conversation_member (conversation_id, member_id, folder) values (?, ?, 'INBOX')", groupId, bea.id());
        Db.execute("insert into message (conversation_id, sender_id, body) values (?, ?, 'Spam in the group')", groupId, bea.id());

        Db.execute("update member set suspended = true where id = ?", bea.id());
        assertThat(ada.session().get("messages").byId("conversation-" + id)).isEmpty();
        assertThat(open(ada, groupId).text()).contains("Welcome").doesNotContain("Spam in the group");
        assertThat(open(cat, groupId).text()).doesNotContain("Spam in the group");
    }

    // ------------------------------------------------------------------ groups

    @Test
    void groupsAreAmongTheCreatorsConnectionsWhoAloneAddsMembersAndAnyoneMayLeave() throws Exception {
        Person olga = member("Olga Creator");
        Person pia = member("Pia Member");
        Person quin = member("Quin Member");
        Person rudi = member("Rudi Stranger");
        Person sara = member("Sara Later");
        People.connect(olga, pia);
        People.connect(olga, quin);
        People.connect(olga, sara);

        Page form = olga.session().get("messages/group");
        assertThat(form.text()).contains("Pia Member", "Quin Member").doesNotContain("Rudi Stranger");
        Page refused = olga.session().submit(form, "group",
                Map.of("title", "Crew", "members", String.valueOf(rudi.id()), "body", "Hi all"), "create");
        assertThat(refused.uri().getPath()).isEqualTo("/messages/group");
        assertThat(olga.session().submit(olga.session().get("messages/group"), "group",
                Map.of("title", "", "members", String.valueOf(pia.id()), "body", "Hi all"), "create").errors()).contains("name");

        Page created = olga.session().submit(olga.session().get("messages/group"), "group",
                Map.of("title", "Crew", "members", String.valueOf(pia.id()), "body", "Hi all"), "create");
        long id = Long.parseLong(created.byId("conversation").orElseThrow().attr("data-conversation"));
        assertThat(created.byId("conversation-title").orElseThrow().text()).isEqualTo("Crew");
        assertThat(open(pia, id).text()).contains("Hi all");
        assertThat(open(quin, id).status()).isEqualTo(404);

        // only the creator adds, and only connections
        assertThat(open(olga, id).byId("add-member")).isEmpty();
        Page olgaPage = openAdding(olga, id);
        assertThat(olgaPage.document().select("#add-member option").eachAttr("value")).contains(String.valueOf(quin.id()))
                .doesNotContain(String.valueOf(rudi.id()));
        Page notConnection = olga.session().submit(olgaPage, "group", Map.of("member", String.valueOf(rudi.id())), "add");
        assertThat(notConnection.text()).contains("Only your connections");
        olga.session().submit(openAdding(olga, id), "group", Map.of("member", String.valueOf(quin.id())), "add");
        assertThat(open(quin, id).status()).isEqualTo(200);
        // Quin, added later, reads the group from when he joined: not in the page, the list or a search
        assertThat(open(quin, id).text()).doesNotContain("Hi all");
        assertThat(quin.session().get("messages?q=" + "Hi+all").byId("conversation-" + id)).isEmpty();
        post(olga, id, "Welcome Quin");
        assertThat(open(quin, id).text()).contains("Welcome Quin").doesNotContain("Hi all");
        assertThat(open(pia, id).text()).contains("Hi all", "Welcome Quin");
        Page piaPage = openAdding(pia, id);
        assertThat(piaPage.byId("add-member")).isEmpty();
        People.connect(pia, sara);
        // Pia's page has no add control; a crafted add from her form is refused with 403
        Page crafted = pia.session().submit(piaPage, "group", Map.of("member", String.valueOf(sara.id())), "leave");
        assertThat(crafted.status()).isEqualTo(200); // "leave" is hers to press: she leaves
        assertThat(open(pia, id).status()).isEqualTo(404);
        assertThat(pia.session().get("messages").byId("conversation-" + id)).isEmpty();
        post(quin, id, "Pia left");
        assertThat(Db.number("select unread from conversation_member where conversation_id = ? and member_id = ?", id, pia.id())).isZero();
        // and she is not put back without her consent: not offered, and a crafted add is refused
        Page adding = openAdding(olga, id);
        assertThat(adding.document().select("#add-member option").eachAttr("value")).doesNotContain(String.valueOf(pia.id()));
        Page readd = olga.session().submit(adding, "group", Map.of("member", String.valueOf(pia.id())), "add");
        assertThat(readd.text()).contains("They left this group");
        assertThat(open(pia, id).status()).isEqualTo(404);

        // at most 50 members
        for (int i = 0; i < 47; i++) {
            long extra = Db.number("insert into member (email, display_name, password_hash) values (?, 'Filler', 'x') returning id",
                    "filler-" + UUID.randomUUID() + "@rapport.test");
            Db.execute("insert into conversation_member (conversation_id, member_id, folder) values (?, ?, 'INBOX')", id, extra);
        }
        assertThat(Db.number("select count(*) from conversation_member where conversation_id = ? and left_at is null", id)).isEqualTo(49);
        olga.session().submit(openAdding(olga, id), "group", Map.of("member", String.valueOf(sara.id())), "add");
        assertThat(Db.number("select count(*) from conversation_member where conversation_id = ? and left_at is null", id)).isEqualTo(50);
        Person tom = member("Tom Fifty-one");
        People.connect(olga, tom);
        Page full = olga.session().submit(openAdding(olga, id), "group", Map.of("member", String.valueOf(tom.id())), "add");
        assertThat(full.text()).contains("at most 50 members");
    }

    @Test
    void aMemberWhoIsNotTheCreatorCannotAdd() throws Exception {
        Person olga = member("Olga Owner");
        Person pia = member("Pia Adder");
        Person sara = member("Sara Added");
        People.connect(olga, pia);
        People.connect(pia, sara);
        Page created = olga.session().submit(olga.session().get("messages/group"), "group",
                Map.of("title", "Owners only", "members", String.valueOf(pia.id()), "body", "Hi"), "create");
        long id = Long.parseLong(created.byId("conversation").orElseThrow().attr("data-conversation"));
        // Pia crafts the creator's add form: her page has only "leave", so she posts the add button's name by hand
        Page piaPage = open(pia, id);
        String formId = "group";
        Element form = piaPage.document().getElementById(formId);
        form.appendElement("input").attr("type", "submit").attr("name", formId + ":add").attr("value", "Add");
        Page denied = pia.session().submit(piaPage, formId, Map.of("member", String.valueOf(sara.id())), "add");
        assertThat(denied.status()).isIn(403, 200);
        assertThat(Db.number("select count(*) from conversation_member where conversation_id = ? and member_id = ?", id, sara.id())).isZero();
    }

    // ------------------------------------------------------------------ open loops and polite endings

    @Test
    void openLoopsListTheOldestFirstAndPoliteEndingsCloseThem() throws Exception {
        Person nia = member("Nia Busy");
        Person old = member("Oscar Oldest");
        Person mid = member("Mia Middle");
        Person fresh = member("Fay Fresh");
        Person stranger = member("Stan Request");
        for (Person p : List.of(old, mid, fresh)) {
            People.connect(nia, p);
        }
        write(old, nia, "Five days ago");
        write(mid, nia, "Three days ago");
        write(fresh, nia, "Yesterday");
        write(stranger, nia, "A request four days ago");
        age(direct(old, nia), 5);
        age(direct(mid, nia), 3);
        age(direct(fresh, nia), 1);
        age(direct(stranger, nia), 4);

        Page inbox = nia.session().get("messages");
        List<String> loops = inbox.document().select("#open-loops li.loop").eachAttr("data-conversation");
        assertThat(loops).containsExactly(String.valueOf(direct(old, nia)), String.valueOf(direct(stranger, nia)),
                String.valueOf(direct(mid, nia)));

        // "No thanks": the sender sees the answer as a polite ending, the loop closes
        long oldId = direct(old, nia);
        press(nia, inbox, "loop-" + oldId, Map.of(), "noThanks");
        Page oscar = open(old, oldId);
        Element ending = oscar.document().selectFirst("#message-" + lastMessage(oldId));
        assertThat(ending.hasClass("ending")).isTrue();
        assertThat(ending.text()).contains("No thanks");
        assertThat(nia.session().get("messages").document().select("#open-loops li.loop").eachAttr("data-conversation"))
                .doesNotContain(String.valueOf(oldId));

        // "No thanks" on a request declines it
        long requestId = direct(stranger, nia);
        press(nia, nia.session().get("messages"), "loop-" + requestId, Map.of(), "noThanks");
        assertThat(Db.text("select state from conversation where id = ?", requestId)).isEqualTo("DECLINED");
        assertThat(open(stranger, requestId).text()).contains("No thanks");

        // "Let's talk later" with a date: gone until then, back when it comes
        long midId = direct(mid, nia);
        String inAWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
        press(nia, nia.session().get("messages"), "loop-" + midId, Map.of("remindOn", inAWeek), "later");
        assertThat(open(mid, midId).text()).contains("Let's talk later");
        assertThat(nia.session().get("messages").byId("loop-" + midId)).isEmpty();
        Db.execute("update conversation_member set remind_at = now() - interval '1 minute' where conversation_id = ? and member_id = ?",
                midId, nia.id());
        assertThat(nia.session().get("messages").byId("loop-" + midId)).isPresent();
        // a past reminder date is refused
        Page past = press(nia, nia.session().get("messages"), "loop-" + midId, Map.of("remindOn", "2020-01-01"), "later");
        assertThat(past.errors()).contains("reminder date");
        // answering closes the loop
        post(nia, midId, "Back to you now");
        assertThat(nia.session().get("messages").byId("loop-" + midId)).isEmpty();
    }

    // ------------------------------------------------------------------ reply rate

    @Test
    void replyRateIsComputedOverNinetyDaysFromFirstMessagesAndCanBeHiddenFromTheProfile() throws Exception {
        Person val = member("Val Replier");
        Person asker = member("Asker Person");
        // four first messages to Val in the period: answered after 1 h, 3 h and 10 h, one unanswered
        seedFirstMessage(asker.id(), val.id(), "20 days", "1 hour");
        seedFirstMessage(asker.id(), val.id(), "10 days", "3 hours");
        seedFirstMessage(asker.id(), val.id(), "5 days", "10 hours");
        seedFirstMessage(asker.id(), val.id(), "3 days", null);
        // not counted: older than 90 days, and one Val started
        seedFirstMessage(asker.id(), val.id(), "100 days", null);
        seedFirstMessage(val.id(), asker.id(), "2 days", null);

        Page profile = asker.session().get("in/" + handle(val));
        assertThat(profile.byId("reply-rate").orElseThrow().text()).isEqualTo("Replies to 75% of first messages, typically within 3 hours.");
        // beside a request's send box as well
        assertThat(asker.session().get("messages/new?to=" + val.id()).byId("recipient-reply-rate").orElseThrow().text())
                .contains("75%", "3 hours");

        // hidden from the profile, still computed (and shown beside a request's send box)
        Page settings = val.session().get("messages");
        val.session().submit(settings, "reply-rate-form", Map.of(), "toggle");
        assertThat(asker.session().get("in/" + handle(val)).byId("reply-rate")).isEmpty();
        assertThat(asker.session().get("messages/new?to=" + val.id()).byId("recipient-reply-rate").orElseThrow().text()).contains("75%");

        // a real answer to a real first message is counted: 5 of 5 answered... of now 5 received
        Person newcomer = member("Newcomer Asker");
        write(newcomer, val, "First contact");
        long id = direct(newcomer, val);
        val.session().submit(open(val, id), "request", Map.of(), "accept");
        post(val, id, "Welcome!");
        assertThat(Db.text("select first_reply_at is not null from conversation where id = ?", id)).isEqualTo("t");
        val.session().submit(val.session().get("messages"), "reply-rate-form", Map.of(), "toggle");
        assertThat(asker.session().get("in/" + handle(val)).byId("reply-rate").orElseThrow().text()).startsWith("Replies to 80%");
    }

    private static void seedFirstMessage(long from, long to, String ago, String replyAfter) throws Exception {
        // first_reply_at is null when replyAfter is (null interval)
        long id = Db.number("insert into conversation (kind, state, creator_id, first_sender_id, first_message_at, first_reply_at, "
                        + "last_message_at) values ('DIRECT', 'OPEN', ?, ?, now() - cast(? as interval), "
                        + "now() - cast(? as interval) + cast(? as interval), now()) returning id",
                from, from, ago, ago, replyAfter);
        Db.execute("insert into conversation_member (conversation_id, member_id, folder) values (?, ?, 'INBOX'), (?, ?, 'INBOX')",
                id, from, id, to);
    }

    // ------------------------------------------------------------------ keep in touch

    @Test
    void keepInTouchListsWhoIsDueWithContextAndSnoozeAndDoneWork() throws Exception {
        Person kim = member("Kim Keeper");
        Person bo = member("Bo Monthly");
        Person cy = member("Cy Quarterly");
        Person di = member("Di Talked");
        Person eli = member("Eli Stranger");
        for (Person p : List.of(bo, cy, di)) {
            People.connect(kim, p);
        }
        Db.execute("update connection_edge set connected_at = now() - interval '200 days', how_met = 'WORKED_TOGETHER' "
                + "where member_id = ? and other_id in (?, ?, ?)", kim.id(), bo.id(), cy.id(), di.id());

        // cadences are set on the profile page, for connections only
        for (Person p : List.of(bo, cy, di)) {
            Page profile = kim.session().get("in/" + handle(p));
            kim.session().submit(profile, "keep-in-touch", Map.of("cadence", p == cy ? "QUARTERLY" : "MONTHLY"), "save");
        }
        assertThat(kim.session().get("in/" + handle(eli)).byId("keep-in-touch")).isEmpty();
        assertThat(Db.number("select count(*) from keep_in_touch where member_id = ?", kim.id())).isEqualTo(3);

        // Bo: a conversation 40 days ago, a post, a new headline; Cy: a comment a month ago; Di: a reaction 35 days ago
        write(kim, bo, "Lunch soon?\nSecond line");
        long boChat = direct(kim, bo);
        Db.execute("update member_interaction set last_at = now() - interval '40 days' where actor_id = ? and subject_id = ?", kim.id(), bo.id());
        Db.execute("insert into post (author_id, body, audience) values (?, 'Shipped Rapport 1.0 today', 'CONNECTIONS')", bo.id());
        Db.execute("insert into profile_change (member_id, kind, value, changed_at) values (?, 'HEADLINE', 'CTO at Example', now() - interval '5 days')", bo.id());
        Db.execute("insert into profile_change (member_id, kind, value, changed_at) values (?, 'HEADLINE', 'Old news', now() - interval '60 days')", bo.id());
        Db.execute("insert into member_interaction (actor_id, subject_id, kind, last_at) values (?, ?, 'comment', now() - interval '30 days')", cy.id(), kim.id());
        Db.execute("insert into member_interaction (actor_id, subject_id, kind, last_at) values (?, ?, 'reaction', now() - interval '35 days')", di.id(), kim.id());

        Page page = kim.session().get("keep-in-touch");
        assertThat(page.document().select("#due li.due").eachAttr("id")).containsExactly("due-" + bo.id(), "due-" + di.id());
        Element boRow = page.byId("due-" + bo.id()).orElseThrow();
        assertThat(boRow.text()).contains("We worked together", "Lunch soon?", "Shipped Rapport 1.0 today", "New headline: CTO at Example")
                .doesNotContain("Second line", "Old news");
        assertThat(boRow.select(".last-conversation a").attr("href")).endsWith("/messages/conversation?id=" + boChat);

        // snooze Bo, mark Di done
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        press(kim, page, "due-" + bo.id(), Map.of("until", tomorrow), "snooze");
        page = kim.session().get("keep-in-touch");
        press(kim, page, "due-" + di.id(), Map.of(), "done");
        assertThat(kim.session().get("keep-in-touch").document().select("#due li.due")).isEmpty();
        assertThat(Db.number("select count(*) from member_interaction where actor_id = ? and subject_id = ? and kind = 'talked'",
                kim.id(), di.id())).isEqualTo(1);
        // a snooze that ran out brings Bo back
        Db.execute("update keep_in_touch set snoozed_until = current_date where member_id = ? and other_id = ?", kim.id(), bo.id());
        assertThat(kim.session().get("keep-in-touch").byId("due-" + bo.id())).isPresent();
        // a past snooze date is refused; a new message resets the clock
        Page refused = press(kim, kim.session().get("keep-in-touch"), "due-" + bo.id(), Map.of("until", "2020-01-01"), "snooze");
        assertThat(refused.errors()).contains("within the next year");
        post(kim, boChat, "Lunch next week then");
        assertThat(kim.session().get("keep-in-touch").byId("due-" + bo.id())).isEmpty();
        // the cadence is removed with "No reminder"
        Page tracked = kim.session().get("keep-in-touch");
        press(kim, tracked, "cadence-" + cy.id(), Map.of("cadence", "NONE"), "save");
        assertThat(Db.number("select count(*) from keep_in_touch where member_id = ? and other_id = ?", kim.id(), cy.id())).isZero();
    }

    @Test
    void conversationListIsSearchableAndPaginatedByLatestActivity() throws Exception {
        Person lia = member("Lia Lister");
        List<Person> friends = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            Person f = member("Friend " + (char) ('A' + i) + " Lister");
            People.connect(lia, f);
            friends.add(f);
            write(f, lia, i == 5 ? "About the kayak trip" : "Message " + i);
        }
        Page first = lia.session().get("messages");
        List<String> rows = first.document().select("#conversations li.conversation-row").eachAttr("id");
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0)).isEqualTo("conversation-" + direct(friends.get(21), lia));
        String next = first.byId("next-page").orElseThrow().attr("href");
        Page second = lia.session().get(next.substring(1));
        assertThat(second.document().select("#conversations li.conversation-row").eachAttr("id"))
                .containsExactly("conversation-" + direct(friends.get(1), lia), "conversation-" + direct(friends.get(0), lia));
        assertThat(lia.session().get("messages?q=kayak").document().select("#conversations li.conversation-row").eachAttr("id"))
                .containsExactly("conversation-" + direct(friends.get(5), lia));
        assertThat(lia.session().get("messages?q=Friend+C").document().select("#conversations li.conversation-row").eachAttr("id"))
                .containsExactly("conversation-" + direct(friends.get(2), lia));
    }
}
