package social.rapport.web.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.RapportIT;

/**
 * Two members chat in two real browsers and see each other's messages and typing arrive live; a
 * message request is accepted; "No thanks" closes an open loop and the sender sees the answer.
 */
@RapportIT
@RunAsClient
class ConversationsJourneyIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    private static WebDriverWait waitFor(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    private static void signUpAndIn(Browser browser, String email, String name) {
        browser.open("signup")
                .type("#signup\\:email", email)
                .type("#signup\\:displayName", name)
                .type("#signup\\:password", Members.PASSWORD)
                .click("#signup\\:submit");
        Members.markVerified(email); // this journey is about conversations, not the verification mail (BrowserJourneysIT opens the link)
        browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        assertThat(browser.text("#welcome")).contains(name);
    }

    private static long id(String email) throws Exception {
        return Db.number("select id from member where email = ?", email);
    }

    /** Waits until the live socket of the page is open (Faces opens it after load; the header's onopen notes it). */
    private static void socketOpen(Browser browser) {
        waitFor(browser).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!(window.Rapport && window.Rapport.socketOpen === true);")));
    }

    @Test
    void twoMembersChatLiveAcceptARequestAndEndALoopPolitely() throws Exception {
        String lauraEmail = Members.uniqueEmail("laura");
        String marcoEmail = Members.uniqueEmail("marco");
        String saraEmail = Members.uniqueEmail("sara");
        try (Browser laura = new Browser(base.toString()); Browser marco = new Browser(base.toString());
             Browser sara = new Browser(base.toString())) {
            signUpAndIn(laura, lauraEmail, "Laura Live");
            signUpAndIn(marco, marcoEmail, "Marco Live");
            long lauraId = id(lauraEmail);
            long marcoId = id(marcoEmail);
            People.connect(lauraId, marcoId);

            // Laura writes first from Marco's new-message page
            laura.open("messages/new?to=" + marcoId);
            laura.type("#send\\:body", "Ciao Marco, coffee on Friday?");
            laura.click("#send\\:submit");
            assertThat(laura.path()).isEqualTo("/messages/conversation");
            long conversation = Db.number("select id from conversation where direct_key = ?",
                    Math.min(lauraId, marcoId) + ":" + Math.max(lauraId, marcoId));

            // Marco has an unread badge, opens the conversation
            marco.open("home");
            assertThat(marco.text("#messages-unread")).isEqualTo("1");
            marco.click("#nav-messages");
            marco.click("#conversation-" + conversation + " a.title");
            assertThat(marco.text("#messages-list")).contains("coffee on Friday?");
            socketOpen(marco);
            socketOpen(laura);

            // Laura sees "Seen" arrive, then Marco's typing and his reply, live
            waitFor(laura).until(ExpectedConditions.textToBePresentInElementLocated(By.id("seen"), "Seen"));
            marco.find("#send\\:body").sendKeys("Sure, at the usual ");
            waitFor(laura).until(ExpectedConditions.textToBePresentInElementLocated(By.id("typing"), "Marco Live is typing"));
            marco.find("#send\\:body").sendKeys("place at 10");
            marco.click("#send\\:submit");
            waitFor(laura).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages-list"), "Sure, at the usual place at 10"));
            laura.screenshot("conversation-live-laura");
            socketOpen(marco); // his page reloaded after sending

            // and the other way round
            laura.type("#send\\:body", "Perfect, see you there");
            laura.click("#send\\:submit");
            waitFor(marco).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages-list"), "Perfect, see you there"));
            marco.screenshot("conversation-live-marco");

            // a member who is not connected sends a request; Marco accepts it
            signUpAndIn(sara, saraEmail, "Sara Request");
            long saraId = id(saraEmail);
            sara.open("messages/new?to=" + marcoId);
            assertThat(sara.text("#request-note")).contains("message request");
            sara.type("#send\\:body", "Hi Marco, I run the Bologna JUG. Would you speak in May?");
            sara.click("#send\\:submit");
            long request = Db.number("select id from conversation where direct_key = ?",
                    Math.min(saraId, marcoId) + ":" + Math.max(saraId, marcoId));
            marco.open("messages?folder=requests");
            marco.click("#conversation-" + request + " a.title");
            marco.click("#request\\:accept");
            assertThat(marco.text("#messages")).contains("Request accepted");
            marco.type("#send\\:body", "Happy to, let's talk");
            marco.click("#send\\:submit");
            sara.open("messages/conversation?id=" + request);
            assertThat(sara.text("#messages-list")).contains("Happy to, let's talk");

            // Sara writes again; two days later it waits for Marco's reply; "No thanks" closes the loop
            sara.type("#send\\:body", "Could you also do a workshop?");
            sara.click("#send\\:submit");
            Db.execute("update message set created_at = created_at - interval '3 days' where conversation_id = ?", request);
            Db.execute("update conversation set last_message_at = last_message_at - interval '3 days' where id = ?", request);
            socketOpen(sara);
            marco.open("messages");
            assertThat(marco.text("#open-loops")).contains("Sara Request", "Could you also do a workshop?");
            marco.screenshot("conversation-open-loops");
            marco.click("#loop-" + request + " input[value='No thanks']");
            assertThat(marco.present("#loop-" + request)).isFalse();
            // Sara's open page shows the answer as a polite ending, without reloading
            waitFor(sara).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages-list li.ending"), "No thanks"));
            sara.screenshot("conversation-polite-ending");
        }
    }
}
