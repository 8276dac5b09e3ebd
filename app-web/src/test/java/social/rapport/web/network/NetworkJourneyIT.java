package social.rapport.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.RapportIT;

/** Two people connect in two real browsers: one invites with context and a note, the other accepts. */
@RapportIT
@RunAsClient
class NetworkJourneyIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @Test
    void twoMembersConnectWithContextAndBothSeeHowTheyMet() throws Exception {
        String lauraEmail = Members.uniqueEmail("laura");
        String marcoEmail = Members.uniqueEmail("marco");
        try (Browser laura = new Browser(base.toString()); Browser marco = new Browser(base.toString())) {
            signUpAndIn(laura, lauraEmail, "Laura Conti");
            signUpAndIn(marco, marcoEmail, "Marco Ferri");
            long lauraId = Db.number("select id from member where email = ?", lauraEmail);
            long marcoId = Db.number("select id from member where email = ?", marcoEmail);
            // someone both already know, for the mutual connections
            long nora = People.newMember(new URL(base, "/").toURI(), "Nora Galli").id();
            People.connect(lauraId, nora);
            People.connect(marcoId, nora);

            laura.open("network/member?id=" + marcoId);
            assertThat(laura.text("#mutual")).contains("1 mutual connection", "Nora Galli");
            new Select(laura.find("#network-actions\\:howMet")).selectByValue("MET_AT_EVENT");
            laura.type("#network-actions\\:note", "We talked about Jakarta EE at the Milan meetup.");
            laura.click("#network-actions\\:invite");
            assertThat(laura.text("#messages")).contains("Invitation sent");
            assertThat(laura.find("#network-state").getAttribute("data-state")).isEqualTo("PENDING_SENT");

            marco.click("#nav-network");
            marco.click("#tab-invitations");
            String invitation = "#invitation-" + Db.number("select id from invitation where sender_id = ? and recipient_id = ?", lauraId, marcoId);
            assertThat(marco.text(invitation)).contains("Laura Conti", "We met at an event", "We talked about Jakarta EE at the Milan meetup.");
            marco.screenshot("network-invitation");
            marco.click(invitation + " input[value=Accept]");
            assertThat(marco.text("#messages")).contains("You are now connected");

            String howTheyMet = "connected " + YearMonth.now(ZoneOffset.UTC) + ", met at an event";
            marco.click("#tab-connections");
            assertThat(marco.text("#connection-" + lauraId)).contains("Laura Conti", howTheyMet);
            laura.click("#nav-network");
            assertThat(laura.text("#connection-" + marcoId)).contains("Marco Ferri", howTheyMet);
            laura.screenshot("network-connections");

            // the name leads to Marco's profile page, which shows the connection part of the network feature
            laura.click("#connection-" + marcoId + " a.name");
            assertThat(laura.path()).startsWith("/in/");
            assertThat(laura.text("#profile-name")).isEqualTo("Marco Ferri");
            assertThat(laura.text("#connected-since")).isEqualTo(howTheyMet);
            marco.open("network/member?id=" + lauraId);
            assertThat(marco.text("#connected-since")).isEqualTo(howTheyMet);
            assertThat(marco.find("#network-state").getAttribute("data-state")).isEqualTo("CONNECTED");
        }
    }

    private static void signUpAndIn(Browser browser, String email, String name) {
        browser.open("signup")
                .type("#signup\\:email", email)
                .type("#signup\\:displayName", name)
                .type("#signup\\:password", Members.PASSWORD)
                .click("#signup\\:submit");
        Members.markVerified(email); // this journey is about the network, not the verification mail
        browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        assertThat(browser.text("#welcome")).contains(name);
    }
}
