package social.rapport.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.RapportIT;

/**
 * Two members in real browsers: Ana posts with a mention and a hashtag (the tag opens the tag
 * page, the mention the profile); Bob, mentioned and notified, asks why he sees it, comments,
 * reacts and reshares; then hides one of Ana's posts and mutes her, and undoes the mute.
 */
@RapportIT
@RunAsClient
class FeedJourneyIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @Test
    void postMentionTagCommentReactReshareWhyHideAndMute() throws Exception {
        String anaEmail = Members.uniqueEmail("ana");
        String bobEmail = Members.uniqueEmail("bob");
        String tag = "journey" + System.nanoTime();
        try (Browser ana = new Browser(base.toString()); Browser bob = new Browser(base.toString())) {
            signUpAndIn(ana, anaEmail, "Ana Journey");
            signUpAndIn(bob, bobEmail, "Bob Journey");
            long anaId = Db.number("select id from member where email = ?", anaEmail);
            long bobId = Db.number("select id from member where email = ?", bobEmail);
            People.connect(anaId, bobId);
            String bobHandle = Db.text("select handle from profile where member_id = ?", bobId);

            // Ana posts with a mention and a hashtag
            ana.open("home");
            ana.type("#composer\\:body", "Great talk with @" + bobHandle + " about #" + tag);
            ana.click("#composer\\:publish");
            assertThat(ana.text("#messages")).contains("Your post is published");
            long post = Db.number("select max(id) from post where author_id = ?", anaId);
            String item = "#item-" + post;
            assertThat(ana.text(item)).contains("Great talk with @" + bobHandle, "#" + tag);
            ana.screenshot("feed-own-post");
            ana.click(item + " a.hashtag");
            assertThat(ana.path()).isEqualTo("/tag/" + tag);
            assertThat(ana.text("#tag-posts")).contains("Great talk with");
            ana.click(item + " a.mention");
            assertThat(ana.path()).isEqualTo("/in/" + bobHandle);
            assertThat(ana.text("#profile-name")).isEqualTo("Bob Journey");
            assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'mention' and link = ?",
                    bobId, "/post/" + post)).isEqualTo(1);

            // Bob sees it, asks why, comments, reacts and reshares
            bob.open("home");
            assertThat(bob.text(item)).contains("Ana Journey", "Great talk with");
            bob.driver().findElement(By.cssSelector(item + " details.why summary")).click();
            assertThat(bob.text(item + " .why-text")).isEqualTo("Ana Journey is a connection");
            bob.click(item + " a.comment-count");
            assertThat(bob.path()).isEqualTo("/post/" + post);
            bob.type("#comment\\:body", "It was a pleasure, thanks!");
            bob.click("#comment\\:submit");
            assertThat(bob.text("#messages")).contains("Your comment is published");
            assertThat(bob.text("#comments")).contains("It was a pleasure, thanks!");
            bob.click("#reactions\\:celebrate");
            assertThat(bob.driver().findElement(By.id("my-reaction")).getAttribute("data-mine")).isEqualTo("CELEBRATE");
            assertThat(bob.text("#reaction-counts")).contains("Celebrate 1");
            bob.driver().findElement(By.cssSelector("#reshare-card summary")).click();
            bob.type("#reshare\\:body", "Worth a read");
            bob.click("#reshare\\:submit");
            assertThat(bob.text("#post")).contains("Worth a read", "Great talk with");
            bob.screenshot("feed-reshare");

            // Ana's second post: Bob hides the first, then mutes Ana, then undoes the mute
            long second = Db.number("insert into post (author_id, body, audience) values (?, 'A second thought', 'EVERYONE') returning id", anaId);
            bob.open("home");
            assertThat(bob.present("#item-" + second)).isTrue();
            bob.driver().findElement(By.cssSelector(item + " details.item-menu summary")).click();
            bob.click(item + " input[id$=hide]");
            assertThat(bob.text("#messages")).contains("The post is hidden");
            assertThat(bob.present(item)).isFalse();
            bob.driver().findElement(By.cssSelector("#item-" + second + " details.item-menu summary")).click();
            bob.click("#item-" + second + " input[id$=mute]");
            assertThat(bob.text("#messages")).contains("Muted");
            assertThat(bob.present("#item-" + second)).isFalse();
            bob.open("feed/muted");
            assertThat(bob.text("#muted-" + anaId)).contains("Ana Journey");
            bob.click("#muted-" + anaId + " input[id$=unmute]");
            assertThat(bob.text("#messages")).contains("Unmuted");
            bob.open("home");
            assertThat(bob.present("#item-" + second)).isTrue();
            assertThat(bob.present(item)).as("still hidden").isFalse();
        }
    }

    private static void signUpAndIn(Browser browser, String email, String name) {
        browser.open("signup")
                .type("#signup\\:email", email)
                .type("#signup\\:displayName", name)
                .type("#signup\\:password", Members.PASSWORD)
                .click("#signup\\:submit");
        Members.markVerified(email); // this journey is about the feed, not the verification mail (BrowserJourneysIT opens the link)
        browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        assertThat(browser.text("#welcome")).contains(name);
    }
}
