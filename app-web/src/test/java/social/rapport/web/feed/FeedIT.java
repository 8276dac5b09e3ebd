package social.rapport.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * The feed on the real server and PostgreSQL: posts and their audience (feed, tag page, direct
 * link, image, reshare), blocks, suspension, mutes, hides, edit and delete rights (including
 * guessed ids), reactions (one per member, changeable, counted right under concurrency),
 * comments and replies, limits, mentions and hashtags, notifications and interactions, the keyset
 * pagination under concurrent posting, "Why am I seeing this?", and the Feed SPI under the admin's
 * policy with the probe and faulty test plugins.
 */
@RapportIT
@RunAsClient
class FeedIT {

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

    private static String handle(Person person) throws Exception {
        return Db.text("select handle from profile where member_id = ?", person.id());
    }

    // ---- page helpers -------------------------------------------------------------------------

    /** Publishes through the composer on /home (a multipart form, like a browser); returns the page after. */
    private static Page compose(Person author, String body, String audience, byte[] image) {
        Page home = author.session().get("home");
        Element form = home.byId("composer").orElseThrow(() -> new AssertionError("no composer: " + home.text()));
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden][name]")) {
            data.put(input.attr("name"), input.val());
        }
        data.put("composer:body", body);
        data.put("composer:audience", audience);
        data.put("composer:publish", form.selectFirst("[name=composer:publish]").val());
        String boundary = "----feedit" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"composer:photo\"; filename=\""
                + (image == null ? "" : "photo.png") + "\"\r\nContent-Type: " + (image == null ? "application/octet-stream" : "image/png") + "\r\n\r\n");
        if (image != null) {
            out.writeBytes(image);
        }
        write(out, "\r\n--" + boundary + "--\r\n");
        return author.session().send(HttpRequest.newBuilder(home.uri().resolve(form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes and returns the new post's id. */
    private static long post(Person author, String body, String audience) throws Exception {
        Page after = compose(author, body, audience, null);
        assertThat(after.errors()).as("publishing %s", body).isEmpty();
        return Db.number("select max(id) from post where author_id = ?", author.id());
    }

    /** A post written straight into the table (for volume), created {@code minutesAgo} minutes ago. */
    private static long insertPost(Person author, String body, String audience, int minutesAgo) throws Exception {
        return Db.number("insert into post (author_id, body, audience, created_at) values (?, ?, ?, now() - make_interval(mins => ?)) returning id",
                author.id(), body, audience, minutesAgo);
    }

    private static List<Long> postIds(Page page) {
        return page.document().select(".feed-item[data-kind=POST]").eachAttr("data-post-id").stream().map(Long::valueOf).toList();
    }

    private static Page press(Person person, Page page, String rowId, String button) {
        return person.session().submit(page, People.rowForm(page, rowId), Map.of(), button);
    }

    private static void follow(Person follower, Person followee) throws Exception {
        Db.execute("insert into follow (follower_id, followee_id) values (?, ?) on conflict do nothing", follower.id(), followee.id());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    // ---- audience ------------------------------------------------------------------------------

    @Test
    void postsAreRateLimitedAndAPostMentionsAtMostTwentyMembers() throws Exception {
        Person busy = member("Busy Poster");
        String mentions = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "@someone" + i).collect(java.util.stream.Collectors.joining(" "));
        assertThat(compose(busy, "Hello " + mentions, "EVERYONE", null).errors()).contains("at most 20 members");

        // 30 posts in the last hour (recorded directly), then the next one waits
        Db.execute("insert into rate_limit_event (action, actor, at) select 'POST', ?, now() - interval '5 minutes'"
                + " from generate_series(1, 30)", String.valueOf(busy.id()));
        assertThat(compose(busy, "One post too many", "EVERYONE", null).errors()).contains("many posts in the last hour");
        assertThat(Db.number("select count(*) from post where author_id = ?", busy.id())).isZero();
        // an hour later it counts no more
        Db.execute("update rate_limit_event set at = at - interval '1 hour' where actor = ?", String.valueOf(busy.id()));
        post(busy, "Back after an hour", "EVERYONE");
    }

    @Test
    void resharesCountAsPostsUpToTheLimitThenAPageGetsAMessageAndAScriptGets429() throws Exception {
        Person author = member("Reshared Author");
        Person sharer = member("Keen Resharer");
        long original = post(author, "Worth sharing again and again", "EVERYONE");
        // 30 posts and reshares an hour (the default): one post, then 29 reshares, each pressed on the post's page
        post(sharer, "My own post first", "EVERYONE");
        for (int i = 1; i <= 29; i++) {
            Page reshared = sharer.session().submit(sharer.session().get("post/" + original), "reshare",
                    Map.of("body", "Share " + i, "audience", "EVERYONE"), "submit");
            assertThat(reshared.errors()).as("reshare %d", i).isEmpty();
        }
        assertThat(Db.number("select count(*) from post where author_id = ? and reshare_of = ?", sharer.id(), original)).isEqualTo(29);
        assertThat(Db.number("select count(*) from rate_limit_event where action = 'POST' and actor = ?", String.valueOf(sharer.id())))
                .isEqualTo(30);

        Page refused = sharer.session().submit(sharer.session().get("post/" + original), "reshare",
                Map.of("body", "One too many", "audience", "EVERYONE"), "submit");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errors()).contains("many posts in the last hour");
        Page script = sharer.session().ajaxForm(sharer.session().get("post/" + original), "reshare",
                Map.of("body", "One too many", "audience", "EVERYONE"), "reshare:submit");
        assertThat(script.status()).isEqualTo(429);
        assertThat(Long.parseLong(script.response().headers().firstValue("Retry-After").orElseThrow())).isBetween(3000L, 3600L);
        assertThat(Db.number("select count(*) from post where author_id = ? and reshare_of = ?", sharer.id(), original)).isEqualTo(29);
        assertThat(Db.number("select reshare_count from post where id = ?", original)).isEqualTo(29);
        assertThat(compose(sharer, "A post waits too", "EVERYONE", null).errors()).contains("many posts in the last hour");
    }

    @Test
    void aConnectionsOnlyPostNeverReachesAStrangerInTheFeedOnTheTagPageByLinkOrThroughAReshare() throws Exception {
        Person ana = member("Ana Audience");
        Person bob = member("Bob Connected");
        Person carl = member("Carl Stranger");
        Person dora = member("Dora Second");
        People.connect(ana, bob);
        People.connect(bob, dora);
        follow(carl, ana);
        follow(carl, bob);
        String tag = "secret" + System.nanoTime();
        compose(ana, "Only for my connections #" + tag, "CONNECTIONS", png());
        long secret = Db.number("select max(id) from post where author_id = ?", ana.id());
        long open = post(ana, "For everyone #" + tag, "EVERYONE");

        assertThat(postIds(bob.session().get("home"))).contains(secret, open);
        assertThat(bob.session().get("post/" + secret).status()).isEqualTo(200);
        assertThat(bob.session().getBytes("feed/image/" + secret).statusCode()).isEqualTo(200);
        assertThat(postIds(bob.session().get("tag/" + tag))).contains(secret, open);

        assertThat(postIds(carl.session().get("home"))).contains(open).doesNotContain(secret);
        assertThat(postIds(carl.session().get("tag/" + tag))).containsExactly(open);
        Page guessed = carl.session().get("post/" + secret);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(guessed.text()).doesNotContain("Only for my connections");
        assertThat(carl.session().getBytes("feed/image/" + secret).statusCode()).isEqualTo(404);
        assertThat(carl.session().get("post/" + (secret + 1_000_000)).status()).as("a post that does not exist looks the same").isEqualTo(404);

        // the reshare rule: not to everyone; to connections, and then the original stays hidden from who may not see it
        Page toEveryone = bob.session().submit(bob.session().get("post/" + secret), "reshare",
                Map.of("body", "Look", "audience", "EVERYONE"), "submit");
        assertThat(toEveryone.errors()).contains("can be reshared only to your connections");
        assertThat(Db.number("select count(*) from post where reshare_of = ?", secret)).isZero();
        Page reshared = bob.session().submit(bob.session().get("post/" + secret), "reshare",
                Map.of("body", "Worth reading", "audience", "CONNECTIONS"), "submit");
        long reshare = Db.number("select id from post where reshare_of = ?", secret);
        assertThat(reshared.uri().getPath()).isEqualTo("/post/" + reshare);
        assertThat(Db.number("select reshare_count from post where id = ?", secret)).isEqualTo(1);

        Page doraHome = dora.session().get("home");
        Element doraSees = doraHome.byId("item-" + reshare).orElseThrow(() -> new AssertionError(doraHome.text()));
        assertThat(doraSees.text()).contains("Worth reading", "The original post is not available to you").doesNotContain("Only for my connections");
        assertThat(dora.session().get("post/" + reshare).text()).doesNotContain("Only for my connections");
        assertThat(postIds(carl.session().get("home"))).doesNotContain(reshare);
        assertThat(carl.session().get("post/" + reshare).status()).isEqualTo(404);
        assertThat(bob.session().get("home").byId("item-" + reshare).orElseThrow().text()).contains("Only for my connections");
    }

    // ---- blocks, suspension, mutes, hides --------------------------------------------------------

    @Test
    void blockedAndSuspendedMembersContentNeverAppears() throws Exception {
        Person ana = member("Ana Blocked");
        Person bob = member("Bob Blocker");
        Person eve = member("Eve Suspended");
        follow(bob, ana);
        follow(bob, eve);
        follow(ana, bob);
        String tag = "blocks" + System.nanoTime();
        long anas = post(ana, "Ana writes #" + tag, "EVERYONE");
        long bobs = post(bob, "Bob writes #" + tag, "EVERYONE");
        long eves = post(eve, "Eve writes #" + tag, "EVERYONE");
        assertThat(postIds(bob.session().get("home"))).contains(anas, eves);

        bob.act(ana, "block");
        assertThat(Db.number("select count(*) from member_block where blocker_id = ? and blocked_id = ?", bob.id(), ana.id())).isEqualTo(1);
        assertThat(postIds(bob.session().get("home"))).doesNotContain(anas);
        assertThat(bob.session().get("post/" + anas).status()).isEqualTo(404);
        assertThat(postIds(bob.session().get("tag/" + tag))).doesNotContain(anas);
        // either way
        assertThat(ana.session().get("post/" + bobs).status()).isEqualTo(404);
        assertThat(postIds(ana.session().get("tag/" + tag))).doesNotContain(bobs);
        assertThat(postIds(ana.session().get("home"))).doesNotContain(bobs);

        Db.execute("update member set suspended = true where id = ?", eve.id());
        assertThat(postIds(bob.session().get("home"))).doesNotContain(eves);
        assertThat(bob.session().get("post/" + eves).status()).isEqualTo(404);
        assertThat(postIds(bob.session().get("tag/" + tag))).containsExactly(bobs);
    }

    @Test
    void removedAndDeletedContentDisappearsEverywhere() throws Exception {
        Person ana = member("Ana Removed");
        Person bob = member("Bob Reader");
        People.connect(ana, bob);
        String tag = "removed" + System.nanoTime();
        long removed = post(ana, "To be removed #" + tag, "EVERYONE");
        long kept = post(ana, "Kept #" + tag, "EVERYONE");
        bob.session().submit(bob.session().get("post/" + kept), "comment", Map.of("body", "A comment a moderator removes"), "submit");
        Db.execute("update post set removed_at = now() where id = ?", removed);
        Db.execute("update post_comment set removed_at = now() where post_id = ?", kept);
        assertThat(postIds(bob.session().get("home"))).contains(kept).doesNotContain(removed);
        assertThat(postIds(bob.session().get("tag/" + tag))).containsExactly(kept);
        assertThat(bob.session().get("post/" + removed).status()).isEqualTo(404);
        assertThat(ana.session().get("post/" + removed).status()).as("the author too").isEqualTo(404);
        assertThat(bob.session().get("post/" + kept).text()).doesNotContain("A comment a moderator removes");
    }

    @Test
    void hideAndMuteFromAnItemLastUntilUndone() throws Exception {
        Person viewer = member("Vera Viewer");
        Person ana = member("Ana Muted");
        Person carl = member("Carl Hidden");
        People.connect(viewer, ana);
        follow(viewer, carl);
        String tag = "mute" + System.nanoTime();
        long anas = post(ana, "Ana's post #" + tag, "EVERYONE");
        long carls1 = post(carl, "Carl's first", "EVERYONE");
        long carls2 = post(carl, "Carl's second", "EVERYONE");

        Page home = viewer.session().get("home");
        assertThat(postIds(home)).contains(anas, carls1, carls2);
        Page afterHide = press(viewer, home, "item-" + carls1, "hide");
        assertThat(afterHide.text()).contains("The post is hidden");
        assertThat(postIds(afterHide)).doesNotContain(carls1).contains(carls2);
        assertThat(postIds(viewer.session().get("home"))).doesNotContain(carls1);

        Page afterMute = press(viewer, afterHide, "item-" + anas, "mute");
        assertThat(afterMute.text()).contains("Muted");
        assertThat(postIds(afterMute)).doesNotContain(anas);
        assertThat(postIds(viewer.session().get("home"))).doesNotContain(anas);
        assertThat(postIds(viewer.session().get("tag/" + tag))).doesNotContain(anas);
        assertThat(Db.number("select count(*) from member_mute where member_id = ? and muted_id = ?", viewer.id(), ana.id())).isEqualTo(1);
        assertThat(ana.session().get("post/" + anas).status()).as("muting does not block").isEqualTo(200);

        Page muted = viewer.session().get("feed/muted");
        assertThat(muted.byId("muted-" + ana.id()).orElseThrow().text()).contains("Ana Muted");
        viewer.session().submit(muted, People.rowForm(muted, "muted-" + ana.id()), Map.of(), "unmute");
        assertThat(postIds(viewer.session().get("home"))).contains(anas);
        assertThat(viewer.session().get("feed/muted").byId("muted-empty")).isPresent();

        // unfollow from an item (only offered for followed, not connected authors)
        Page again = viewer.session().get("home");
        assertThat(again.byId("item-" + anas).orElseThrow().select("input[value^=Unfollow]")).isEmpty();
        Page afterUnfollow = press(viewer, again, "item-" + carls2, "unfollow");
        assertThat(afterUnfollow.text()).contains("Unfollowed");
        assertThat(Db.number("select count(*) from follow where follower_id = ? and followee_id = ?", viewer.id(), carl.id())).isZero();
        assertThat(postIds(viewer.session().get("home"))).doesNotContain(carls2);
    }

    // ---- edit and delete rights ------------------------------------------------------------------

    @Test
    void onlyTheAuthorEditsAndDeletesAndGuessedIdsGetNowhere() throws Exception {
        Person ana = member("Ana Author");
        Person bob = member("Bob Guesser");
        Person carl = member("Carl Outsider");
        People.connect(ana, bob);
        long open = post(ana, "First version #edits", "EVERYONE");
        long secret = post(ana, "Connections only", "CONNECTIONS");

        assertThat(bob.session().get("post/" + open + "/edit").status()).isEqualTo(403);
        assertThat(carl.session().get("post/" + secret + "/edit").status()).isEqualTo(404);
        assertThat(bob.session().get("post/" + open).byId("edit-post")).isEmpty();

        Page edit = ana.session().get("post/" + open + "/edit");
        Page saved = ana.session().submit(edit, "edit", Map.of("body", "Second version"), "save");
        assertThat(saved.uri().getPath()).isEqualTo("/post/" + open);
        assertThat(Db.text("select body from post where id = ?", open)).isEqualTo("Second version");
        assertThat(bob.session().get("post/" + open).byId("post").orElseThrow().text()).contains("Second version", "edited");
        Page tooLong = ana.session().submit(ana.session().get("post/" + open + "/edit"), "edit", Map.of("body", "x".repeat(3001)), "save");
        assertThat(tooLong.errors()).contains("at most 3,000 characters");
        assertThat(Db.text("select body from post where id = ?", open)).isEqualTo("Second version");

        // comments: edit own only, also by guessed id
        bob.session().submit(bob.session().get("post/" + open), "comment", Map.of("body", "Bob's comment"), "submit");
        long bobsComment = Db.number("select id from post_comment where post_id = ? and author_id = ?", open, bob.id());
        assertThat(ana.session().get("post/" + open + "?editComment=" + bobsComment).status()).isEqualTo(403);
        Page editComment = bob.session().get("post/" + open + "?editComment=" + bobsComment);
        bob.session().submit(editComment, "edit-comment", Map.of("body", "Bob's better comment"), "save");
        assertThat(Db.text("select body from post_comment where id = ?", bobsComment)).isEqualTo("Bob's better comment");
        assertThat(Db.text("select edited_at is not null from post_comment where id = ?", bobsComment)).isEqualTo("t");
        Page postPage = ana.session().get("post/" + open);
        assertThat(postPage.byId("comment-" + bobsComment).orElseThrow().select("input[value=Delete]")).as("no delete on others' comments").isEmpty();

        Page bobsView = bob.session().get("post/" + open);
        bob.session().submit(bobsView, People.rowForm(bobsView, "comment-" + bobsComment), Map.of(), "delete");
        assertThat(Db.text("select deleted_at is not null from post_comment where id = ?", bobsComment)).isEqualTo("t");
        assertThat(Db.number("select comment_count from post where id = ?", open)).isZero();

        // deleting asks on the server first: the first press changes nothing, and the confirm button is not there before it
        Page editPage = ana.session().get("post/" + open + "/edit");
        assertThat(editPage.document().select("[name$=:confirmDelete]")).as("the confirm button exists only while the question is shown").isEmpty();
        assertThat(editPage.document().select("[name=\"edit:delete\"]").attr("value")).isEqualTo("Delete post");
        assertThat(editPage.document().select("[name=\"edit:delete\"]").attr("onclick")).as("no browser confirm()").isEmpty();
        Page asked = ana.session().submit(editPage, "edit", Map.of(), "delete");
        assertThat(asked.byId("delete-confirm-question").orElseThrow().text()).contains("Delete this post?");
        assertThat(asked.document().select("[name=\"edit:confirmDelete\"]").attr("value")).isEqualTo("Yes, delete this post");
        assertThat(Db.text("select deleted_at is null from post where id = ?", open)).isEqualTo("t");
        Page kept = ana.session().submit(asked, "edit", Map.of(), "keepPost");
        assertThat(kept.document().select("[name$=:confirmDelete]")).isEmpty();
        assertThat(Db.text("select deleted_at is null from post where id = ?", open)).isEqualTo("t");
        assertThat(ana.session().get("post/" + open + "/edit").document().select("[name$=:confirmDelete]")).isEmpty();
        Page deleted = ana.session().submit(ana.session().submit(ana.session().get("post/" + open + "/edit"), "edit", Map.of(), "delete"),
                "edit", Map.of(), "confirmDelete");
        assertThat(deleted.uri().getPath()).isEqualTo("/home");
        assertThat(bob.session().get("post/" + open).status()).isEqualTo(404);
        assertThat(ana.session().get("post/" + open + "/edit").status()).isEqualTo(404);
        assertThat(postIds(bob.session().get("home"))).doesNotContain(open);
        assertThat(postIds(bob.session().get("tag/edits"))).doesNotContain(open);
    }

    // ---- reactions ---------------------------------------------------------------------------------

    @Test
    void overTheReactionLimitAPageGetsAMessageAndAScriptGets429() throws Exception {
        Person author = member("Limit Author");
        Person eager = member("Eager Reactor");
        long post = post(author, "React to me", "EVERYONE");
        // the last hour already holds the limit (600 by default)
        Db.execute("insert into rate_limit_event (action, actor, at) select 'REACTION', ?, now() - interval '30 minutes' "
                + "from generate_series(1, 600)", Long.toString(eager.id()));

        Page page = eager.session().get("post/" + post);
        Page script = eager.session().ajax(page, "reactions", "reactions:like");
        assertThat(script.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(script.response().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 31L * 60);
        assertThat(Db.number("select count(*) from post_reaction where post_id = ? and member_id = ?", post, eager.id())).isZero();

        Page pressed = eager.session().submit(eager.session().get("post/" + post), "reactions", Map.of(), "like");
        assertThat(pressed.status()).isEqualTo(200);
        assertThat(pressed.text()).contains("You have reacted many times in the last hour");
        assertThat(Db.number("select count(*) from post_reaction where post_id = ? and member_id = ?", post, eager.id())).isZero();

        // under the limit, the same script request is an ordinary 200
        Db.execute("delete from rate_limit_event where actor = ?", Long.toString(eager.id()));
        Page again = eager.session().get("post/" + post);
        assertThat(eager.session().ajax(again, "reactions", "reactions:like").status()).isEqualTo(200);
        assertThat(Db.number("select count(*) from post_reaction where post_id = ? and member_id = ?", post, eager.id())).isOne();
    }

    @Test
    void oneReactionPerMemberChangeableAndCountedRightUnderConcurrency() throws Exception {
        Person ana = member("Ana Reacted");
        Person bob = member("Bob Reacts");
        People.connect(ana, bob);
        long post = post(ana, "React to this", "EVERYONE");

        Page home = bob.session().get("home");
        press(bob, home, "item-" + post, "like");
        press(bob, bob.session().get("home"), "item-" + post, "like");
        assertThat(Db.number("select count(*) from post_reaction where post_id = ?", post)).isEqualTo(1);
        assertThat(Db.number("select reaction_count from post where id = ?", post)).isEqualTo(1);
        Page changed = bob.session().submit(bob.session().get("post/" + post), "reactions", Map.of(), "celebrate");
        assertThat(Db.text("select kind from post_reaction where post_id = ? and member_id = ?", post, bob.id())).isEqualTo("CELEBRATE");
        assertThat(Db.number("select reaction_count from post where id = ?", post)).isEqualTo(1);
        assertThat(changed.byId("reactors").orElseThrow().text()).contains("Bob Reacts", "Celebrate");
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'post.reaction' and group_key = ?",
                ana.id(), "post-" + post)).as("one notice, not one per change").isEqualTo(1);

        List<Person> crowd = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            crowd.add(member("Crowd " + i));
        }
        List<Page> pages = new ArrayList<>();
        for (Person p : crowd) {
            pages.add(p.session().get("post/" + post));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Page>> tasks = new ArrayList<>();
            for (int i = 0; i < crowd.size(); i++) {
                Person p = crowd.get(i);
                Page page = pages.get(i);
                String first = i % 2 == 0 ? "like" : "insightful";
                tasks.add(() -> p.session().submit(page, "reactions", Map.of(), first));
                tasks.add(() -> p.session().submit(p.session().get("post/" + post), "reactions", Map.of(), "support"));
            }
            for (Future<Page> done : pool.invokeAll(tasks)) {
                assertThat(done.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Db.number("select count(*) from post_reaction where post_id = ?", post)).isEqualTo(7);
        assertThat(Db.number("select reaction_count from post where id = ?", post)).isEqualTo(7);

        bob.session().submit(bob.session().get("post/" + post), "reactions", Map.of(), "unreact");
        assertThat(Db.number("select reaction_count from post where id = ?", post)).isEqualTo(6);
        assertThat(Db.number("select count(*) from post_reaction where post_id = ? and member_id = ?", post, bob.id())).isZero();
    }

    // ---- comments, replies, limits --------------------------------------------------------------

    @Test
    void commentsHaveOneLevelOfRepliesAndLimitsWithClearMessages() throws Exception {
        Person ana = member("Ana Thread");
        Person bob = member("Bob Comment");
        Person carl = member("Carl Reply");
        People.connect(ana, bob);
        People.connect(ana, carl);
        long post = post(ana, "Discuss", "CONNECTIONS");

        Page page = bob.session().get("post/" + post);
        Page empty = bob.session().submit(page, "comment", Map.of("body", "   "), "submit");
        assertThat(empty.errors()).contains("Write something first");
        Page tooLong = bob.session().submit(bob.session().get("post/" + post), "comment", Map.of("body", "y".repeat(1251)), "submit");
        assertThat(tooLong.errors()).contains("at most 1,250 characters");
        assertThat(Db.number("select count(*) from post_comment where post_id = ?", post)).isZero();
        bob.session().submit(bob.session().get("post/" + post), "comment", Map.of("body", "y".repeat(1250)), "submit");
        long top = Db.number("select id from post_comment where post_id = ? and author_id = ?", post, bob.id());

        Page anaView = ana.session().get("post/" + post);
        String form = People.rowForm(anaView, "comment-" + top);
        ana.session().submit(anaView, form, Map.of("body", "Ana replies"), "reply");
        long anasReply = Db.number("select id from post_comment where post_id = ? and author_id = ?", post, ana.id());
        assertThat(Db.number("select parent_id from post_comment where id = ?", anasReply)).isEqualTo(top);

        // replying to a reply joins the same thread: never a second level
        Page carlView = carl.session().get("post/" + post);
        assertThat(carlView.byId("comment-" + anasReply).orElseThrow().attr("data-parent-id")).isEqualTo(String.valueOf(top));
        carl.session().submit(carlView, People.rowForm(carlView, "comment-" + top), Map.of("body", "Carl joins"), "reply");
        long carls = Db.number("select id from post_comment where post_id = ? and author_id = ?", post, carl.id());
        assertThat(Db.number("select parent_id from post_comment where id = ?", carls)).isEqualTo(top);
        assertThat(Db.number("select count(*) from post_comment where parent_id in (select id from post_comment where parent_id is not null)")).isZero();
        assertThat(Db.number("select comment_count from post where id = ?", post)).isEqualTo(3);

        // a stranger may not comment on a connections-only post
        Person dan = member("Dan Stranger");
        assertThat(dan.session().get("post/" + post).status()).isEqualTo(404);

        // post limits on the composer
        Page blank = compose(ana, "  ", "EVERYONE", null);
        assertThat(blank.errors()).contains("Write something first");
        Page over = compose(ana, "z".repeat(3001), "EVERYONE", null);
        assertThat(over.errors()).contains("at most 3,000 characters");
        assertThat(over.text()).doesNotContain("Exception");
        Page badAudience = compose(ana, "Hello", "FRIENDS", null);
        assertThat(badAudience.status()).isEqualTo(200);
        long before = Db.number("select count(*) from post where author_id = ?", ana.id());
        compose(ana, "z".repeat(3000), "EVERYONE", null);
        assertThat(Db.number("select count(*) from post where author_id = ?", ana.id())).isEqualTo(before + 1);
        Page notImage = compose(ana, "With a broken image", "EVERYONE", "not an image at all".getBytes(StandardCharsets.UTF_8));
        assertThat(notImage.errors()).isNotEmpty();
        assertThat(Db.number("select count(*) from post where author_id = ?", ana.id())).isEqualTo(before + 1);
    }

    // ---- mentions, hashtags, notifications, interactions ------------------------------------------

    @Test
    void mentionsAndHashtagsLinkNotifyAndRecordInteractions() throws Exception {
        Person ana = member("Ana Mentions");
        Person bob = member("Bob Mentioned");
        Person carl = member("Carl Outside");
        People.connect(ana, bob);
        String tag = "Rapport" + System.nanoTime();
        long post = post(ana, "Hello @" + handle(bob) + " and @" + handle(carl) + " about #" + tag + " <script>x</script>", "CONNECTIONS");

        Element body = bob.session().get("post/" + post).byId("post").orElseThrow().selectFirst(".post-body");
        assertThat(body.select("a.mention").eachAttr("href")).containsExactly("/in/" + handle(bob), "/in/" + handle(carl));
        assertThat(body.select("a.hashtag").attr("href")).isEqualTo("/tag/" + tag.toLowerCase());
        assertThat(body.select("script")).isEmpty();
        assertThat(body.text()).contains("<script>x</script>");
        assertThat(Db.number("select count(*) from post_hashtag where post_id = ? and tag = ?", post, tag.toLowerCase())).isEqualTo(1);

        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'mention' and link = ?",
                bob.id(), "/post/" + post)).isEqualTo(1);
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'mention'", carl.id()))
                .as("carl may not see the post: not told").isZero();
        assertThat(Db.number("select count(*) from member_interaction where actor_id = ? and subject_id = ? and kind = 'mention'",
                ana.id(), bob.id())).isEqualTo(1);

        // comment, reply, reaction, comment reaction, reshare: notices grouped by post/comment, interactions recorded
        bob.session().submit(bob.session().get("post/" + post), "comment", Map.of("body", "Thanks!"), "submit");
        long comment = Db.number("select id from post_comment where post_id = ? and author_id = ?", post, bob.id());
        Page anaView = ana.session().get("post/" + post);
        ana.session().submit(anaView, People.rowForm(anaView, "comment-" + comment), Map.of("body", "You are welcome"), "reply");
        Page anaAgain = ana.session().get("post/" + post);
        ana.session().submit(anaAgain, People.rowForm(anaAgain, "comment-" + comment), Map.of(), "like");
        bob.session().submit(bob.session().get("post/" + post), "reactions", Map.of(), "insightful");
        bob.session().submit(bob.session().get("post/" + post), "reshare", Map.of("body", "", "audience", "CONNECTIONS"), "submit");

        assertThat(notice(ana, "post.comment", "post-" + post)).isEqualTo(1);
        assertThat(Db.text("select text from notification where recipient_id = ? and type = 'post.comment'", ana.id()))
                .startsWith("commented on your post: Hello");
        assertThat(notice(bob, "comment.reply", "comment-" + comment)).isEqualTo(1);
        assertThat(notice(bob, "comment.reaction", "comment-" + comment)).isEqualTo(1);
        assertThat(notice(ana, "post.reaction", "post-" + post)).isEqualTo(1);
        assertThat(notice(ana, "post.reshare", "post-" + post)).isEqualTo(1);
        assertThat(Db.number("select count(*) from notification where actor_id = ? and recipient_id = ?", ana.id(), ana.id()))
                .as("nobody is told about their own actions").isZero();
        for (String kind : List.of("comment", "reaction", "reshare")) {
            assertThat(Db.number("select count(*) from member_interaction where actor_id = ? and subject_id = ? and kind = ?",
                    bob.id(), ana.id(), kind)).as(kind).isEqualTo(1);
        }
        assertThat(Db.number("select count(*) from member_interaction where actor_id = ? and subject_id = ? and kind in ('reply', 'reaction')",
                ana.id(), bob.id())).isEqualTo(2);
    }

    private static long notice(Person recipient, String type, String groupKey) throws Exception {
        return Db.number("select count(*) from notification where recipient_id = ? and type = ? and group_key = ?", recipient.id(), type, groupKey);
    }

    // ---- ranking, why, pagination --------------------------------------------------------------

    @Test
    void peopleYouKnowComeFirstAndEveryItemSaysWhy() throws Exception {
        Person viewer = member("Wanda Why");
        Person ana = member("Ana Known");
        Person fred = member("Fred Followed");
        People.connect(viewer, ana);
        follow(viewer, fred);
        long anaOld = insertPost(ana, "Ana, eleven hours ago", "EVERYONE", 11 * 60);
        insertPost(ana, "Ana, twenty hours ago", "EVERYONE", 20 * 60);
        long fredNew = insertPost(fred, "Fred, just now", "EVERYONE", 1);
        long fredNewer = insertPost(fred, "Fred, a moment ago", "EVERYONE", 0);
        long own = post(viewer, "My own post", "EVERYONE");
        viewer.session().submit(viewer.session().get("post/" + anaOld), "comment", Map.of("body", "Nice"), "submit");

        Page home = viewer.session().get("home");
        List<Long> ids = postIds(home);
        assertThat(ids.indexOf(anaOld)).as("a connection over a follow").isLessThan(ids.indexOf(fredNew));
        assertThat(Math.abs(ids.indexOf(fredNew) - ids.indexOf(fredNewer))).as("two by Fred kept apart").isGreaterThan(1);
        assertThat(why(home, anaOld)).isEqualTo("Ana Known is a connection; you commented on their posts today");
        assertThat(why(home, fredNew)).isEqualTo("You follow Fred Followed");
        assertThat(why(home, own)).isEqualTo("Your post");
        Element item = home.byId("item-" + own).orElseThrow();
        assertThat(item.hasClass("feed-item")).isTrue();
        assertThat(item.attr("data-kind")).isEqualTo("POST");
    }

    private static String why(Page page, long postId) {
        return page.byId("item-" + postId).orElseThrow(() -> new AssertionError("no item " + postId)).selectFirst(".why-text").text();
    }

    @Test
    void showMorePagesWithoutDuplicatesOrGapsWhileOthersPost() throws Exception {
        Person viewer = member("Paula Pages");
        Person ana = member("Ana Prolific");
        Person bob = member("Bob Prolific");
        Person fred = member("Fred Prolific");
        People.connect(viewer, ana);
        People.connect(viewer, bob);
        follow(viewer, fred);
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 15; i++) {
            expected.add(insertPost(ana, "Ana " + i, "CONNECTIONS", 5 + i * 37));
            expected.add(insertPost(bob, "Bob " + i, "EVERYONE", 5 + i * 41));
            expected.add(insertPost(fred, "Fred " + i, "EVERYONE", 5 + i * 13));
        }
        insertPost(fred, "Fred for connections only", "CONNECTIONS", 3);
        expected.add(Db.number("insert into post (author_id, body, audience, created_at) values (?, 'same instant', 'EVERYONE', "
                + "(select created_at from post where author_id = ? order by created_at desc limit 1)) returning id", ana.id(), ana.id()));

        Page page = viewer.session().get("home");
        long snapshot = Long.parseLong(page.byId("new-posts").orElseThrow().attr("data-since"));
        List<Long> seen = new ArrayList<>(postIds(page));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int posted = 0;
        try {
            while (page.byId("show-more").isPresent()) {
                List<Future<Long>> writes = List.of(
                        pool.submit(() -> post(ana, "Ana meanwhile " + System.nanoTime(), "EVERYONE")),
                        pool.submit(() -> post(bob, "Bob meanwhile " + System.nanoTime(), "EVERYONE")));
                for (Future<Long> write : writes) {
                    write.get();
                    posted++;
                }
                String next = page.byId("show-more").orElseThrow().attr("href");
                page = viewer.session().get(next.substring(1));
                assertThat(page.status()).isEqualTo(200);
                seen.addAll(postIds(page));
                assertThat(seen.size()).isLessThan(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(expected);
        assertThat(posted).isGreaterThanOrEqualTo(6);

        Page fresh = viewer.session().get("feed/new?since=" + snapshot);
        assertThat(fresh.body()).isEqualTo("{\"count\":" + posted + "}");
        assertThat(viewer.session().get("home?after=not-a-cursor").status()).as("a forged cursor starts over").isEqualTo(200);
    }

    // ---- Feed SPI ---------------------------------------------------------------------------------

    @Test
    void pluginItemsArePlacedUnderTheAdminsPolicy() throws Exception {
        boolean probeWasEnabled = People.pluginEnabled("probe");
        People.setPluginEnabled(base, "probe", true);
        try {
            policyCaps();
        } finally {
            People.setPluginEnabled(base, "probe", probeWasEnabled);
        }
    }

    private void policyCaps() throws Exception {
        Person viewer = member("Feedprobe Viewer");
        Person blocked = member("Blocked Author");
        for (int i = 0; i < 40; i++) {
            insertPost(viewer, "Own post " + i, "EVERYONE", i);
        }
        Db.execute("insert into member_block (blocker_id, blocked_id) values (?, ?)", viewer.id(), blocked.id());
        Db.execute("insert into probe_feed (member_id, mode, author_id) values (?, 'offer', ?)", viewer.id(), blocked.id());
        viewer.session().get("home"); // a first visit warms the plugin's connection pool: later calls keep within the budget

        Set<String> keys = new HashSet<>();
        Page page = viewer.session().get("home");
        int position = 0;
        int lastPlugin = 0;
        for (int p = 0; p < 3; p++) {
            List<Element> items = page.document().select(".feed-item");
            assertThat(items).hasSize(10);
            int sponsored = 0;
            int events = 0;
            for (Element item : items) {
                position++;
                String kind = item.attr("data-kind");
                if (kind.equals("POST")) {
                    continue;
                }
                assertThat(item.attr("data-plugin")).isEqualTo("probe");
                assertThat(keys.add(item.attr("data-key"))).as("shown once per visit: " + item.attr("data-key")).isTrue();
                assertThat(item.attr("data-key")).isNotIn("escape", "about-author");
                if (lastPlugin > 0) {
                    assertThat(position - lastPlugin).isGreaterThanOrEqualTo(3);
                }
                lastPlugin = position;
                if (kind.equals("probe.sponsored")) {
                    sponsored++;
                    assertThat(position).isGreaterThan(3);
                    assertThat(item.selectFirst(".sponsored-label").text()).isEqualTo("Sponsored");
                    assertThat(item.selectFirst(".why-text").text()).isEqualTo("Sponsored: Probe Ads: you match the probe");
                } else {
                    assertThat(kind).isEqualTo("probe.event");
                    events++;
                    assertThat(item.selectFirst(".probe-feed-item").text()).startsWith("Probe event");
                }
            }
            assertThat(sponsored).isEqualTo(1);
            assertThat(events).isBetween(1, 2);
            page = viewer.session().get(page.byId("show-more").orElseThrow().attr("href").substring(1));
        }

        // an item about a member the viewer has not blocked is shown
        Person fine = member("Fine Author");
        Db.execute("update probe_feed set author_id = ? where member_id = ?", fine.id(), viewer.id());
        assertThat(viewer.session().get("home").document().select(".feed-item[data-key=about-author]")).hasSize(1);

        // the admin switches sponsored items off, with validation and a record of who and when
        WebSession admin = Members.admin(base);
        Page policy = admin.get("admin/feed");
        Page invalid = admin.submit(policy, "policy-probe-sponsored", Map.of("maxPerPage", "11", "firstPosition", "4", "minDistance", "3"), "save");
        assertThat(invalid.errors()).contains("from 0 to 10");
        Page notNumber = admin.submit(admin.get("admin/feed"), "policy-probe-sponsored", Map.of("maxPerPage", "many", "firstPosition", "4", "minDistance", "3"), "save");
        assertThat(notNumber.errors()).contains("whole number");
        try {
            Page saved = admin.submit(admin.get("admin/feed"), "policy-probe-sponsored", Map.of("maxPerPage", "0", "firstPosition", "4", "minDistance", "3"), "save");
            assertThat(saved.text()).contains("The feed policy is saved");
            assertThat(Db.number("select count(*) from feed_policy_change where kind = 'probe.sponsored' and max_per_page = 0 and changed_by = "
                    + "(select id from member where email = ?)", Members.ADMIN)).isGreaterThanOrEqualTo(1);
            assertThat(admin.get("admin/feed").byId("policy-history").orElseThrow().text()).contains("probe.sponsored");
            assertThat(viewer.session().get("home").document().select(".feed-item[data-kind='probe.sponsored']")).isEmpty();
            Page memberTries = viewer.session().get("admin/feed");
            assertThat(memberTries.status()).isEqualTo(403);
        } finally {
            admin.submit(admin.get("admin/feed"), "policy-probe-sponsored", Map.of("maxPerPage", "1", "firstPosition", "4", "minDistance", "3"), "save");
        }
        assertThat(Db.number("select max_per_page from feed_policy where kind = 'probe.sponsored'")).isEqualTo(1);
    }

    @Test
    void aThrowingAndAHangingContributorAreIsolated() throws Exception {
        boolean probeWasEnabled = People.pluginEnabled("probe");
        boolean faultyWasEnabled = People.pluginEnabled("faulty");
        People.setPluginEnabled(base, "probe", true);
        People.setPluginEnabled(base, "faulty", true);
        try {
            Person viewer = member("Feedfault Viewer");
            long own = post(viewer, "Still here", "EVERYONE");
            for (int i = 0; i < 5; i++) {
                insertPost(viewer, "Older " + i, "EVERYONE", 10 + i);
            }
            Db.execute("insert into probe_feed (member_id, mode) values (?, 'offer'), (?, 'fail')", viewer.id(), viewer.id());
            viewer.session().get("home"); // warms the probe's connection pool
            long failuresBefore = faultyFailures();
            Page home = viewer.session().get("home");
            assertThat(home.status()).isEqualTo(200);
            assertThat(postIds(home)).contains(own);
            assertThat(home.document().select(".feed-item[data-plugin=probe]")).isNotEmpty();
            assertThat(home.document().select(".feed-item[data-plugin=faulty]")).isEmpty();
            assertThat(home.text()).doesNotContain("a feed plugin bug");
            assertThat(faultyFailures()).isGreaterThanOrEqualTo(failuresBefore + 2);
        } finally {
            People.setPluginEnabled(base, "faulty", faultyWasEnabled);
            People.setPluginEnabled(base, "probe", probeWasEnabled);
        }
    }

    /** The failures the admin area counts for the faulty plugin. */
    private long faultyFailures() throws Exception {
        Page plugins = Members.admin(base).get("admin/plugins");
        String text = plugins.byId("plugin-faulty").orElseThrow().text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Isolated failures since start:\\s*(\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
