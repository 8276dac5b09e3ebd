package social.rapport.web.recruiter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;

/**
 * In real browsers: a member applies for the Recruiter role naming an organisation, an admin approves
 * it in the core's queue (which approves the organisation), the recruiter posts a
 * job (refused without a pay range), a member who is open to opportunities applies, the recruiter
 * finds them among consenting candidates, moves the application through the pipeline to "Hired",
 * the member sees it, and the organisation's responsiveness figure changes.
 */
@RapportIT
@RunAsClient
class RecruiterJourneyIT {

    static URI shared;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @BeforeEach
    void enable() throws Exception {
        shared = new URL(base, "/").toURI();
        People.setPluginEnabled(shared, "recruiter", true);
    }

    @AfterAll
    static void asShipped() throws Exception {
        if (shared != null) {
            People.setPluginEnabled(shared, "recruiter", false);
        }
    }

    @Test
    void organisationJobApplicationPipelineAndAnswer() throws Exception {
        String recruiterEmail = Members.uniqueEmail("rita");
        String memberEmail = Members.uniqueEmail("marco");
        String orgName = "Acme Robotics " + System.nanoTime();
        People.Person hidden = People.newMember(shared, "Hidden Notopen");
        try (Browser recruiter = new Browser(base.toString()); Browser member = new Browser(base.toString());
             Browser admin = new Browser(base.toString())) {
            signUpAndIn(recruiter, recruiterEmail, "Rita Recruiter");
            signUpAndIn(member, memberEmail, "Marco Candidate");
            long memberId = Db.number("select id from member where email = ?", memberEmail);

            // the member applies for the Recruiter role from the Jobs menu, naming the organisation
            recruiter.open("home");
            recruiter.click("a.nav-plugin[href$='/p/recruiter/jobs.xhtml']");
            assertThat(recruiter.present("#desk")).isFalse();
            recruiter.click("#become-recruiter"); // the core's My roles page, with the plugin's question
            recruiter.type("#apply-recruiter-recruiter\\:note", "I hire the robotics team")
                    .type("#apply-recruiter-recruiter\\:answer-organisation", orgName)
                    .click("#apply-recruiter-recruiter\\:apply");
            assertThat(recruiter.text("#applications")).contains("Recruiter", "Waiting for an answer");
            long recruiterId = Db.number("select id from member where email = ?", recruiterEmail);
            long application = Db.number("select id from capability_application where member_id = ? and status = 'PENDING'", recruiterId);

            // an admin approves it in the core's Roles queue: that approves the organisation it names
            signIn(admin, Members.ADMIN);
            admin.open("admin/capabilities");
            assertThat(admin.text("#application-" + application)).contains("I hire the robotics team", orgName);
            admin.type("#decide-" + application + "\\:answer", "Welcome").click("#decide-" + application + "\\:approve");
            assertThat(admin.text(".messages")).contains("approved");

            recruiter.open("p/recruiter/jobs.xhtml");
            recruiter.click("#desk");
            String slug = Db.text("select slug from recruiter_organisation where name = ?", orgName);
            long orgId = Db.number("select id from recruiter_organisation where slug = ?", slug);
            assertThat(recruiter.find("#org-" + slug).getAttribute("data-status")).isEqualTo("APPROVED");

            // the recruiter posts a job: refused without a pay range, posted with one
            recruiter.open("p/recruiter/manage/index.xhtml");
            recruiter.click("#org-" + slug + " a.post-job");
            recruiter.type("#job\\:title", "Robotics engineer").type("#job\\:location", "Milano")
                    .type("#job\\:skills", "ROS, C++").type("#job\\:description", "Build <b>robots</b>.");
            recruiter.click("#job\\:save");
            assertThat(recruiter.text("#job")).contains("A pay range is required");
            recruiter.type("#job\\:payMin", "45000").type("#job\\:payMax", "60000").click("#job\\:save");
            assertThat(recruiter.text("#messages")).contains("Your job is posted.");
            assertThat(recruiter.text("#job-pay")).contains("45000–60000 EUR / year");
            assertThat(recruiter.text("#job-description")).contains("Build <b>robots</b>.");
            long jobId = Db.number("select id from recruiter_job where organisation_id = ?", orgId);
            recruiter.screenshot("recruiter-job-posted");

            // ten earlier applications went unanswered: the figure shows 0%
            Instant past = Instant.now().minus(40, ChronoUnit.DAYS);
            Db.execute("insert into recruiter_application (job_id, member_id, applied_at, answer_due) "
                    + "select ?, id, ?, ? from member where id <> ? order by id limit 10",
                    jobId, java.sql.Timestamp.from(past), java.sql.Timestamp.from(past.plus(21, ChronoUnit.DAYS)), memberId);
            member.open("p/recruiter/org.xhtml?slug=" + slug);
            assertThat(member.text("#org-answered")).isEqualTo("0%");

            // the member says they are open to opportunities, then applies
            member.open("p/recruiter/open-to.xhtml");
            member.find("#openTo\\:open").click();
            member.type("#openTo\\:roles", "Robotics engineer").type("#openTo\\:skills", "ROS, C++, Python")
                    .type("#openTo\\:locations", "Milano").type("#openTo\\:currentEmployer", "Globex");
            member.click("#openTo\\:save");
            assertThat(member.text("#messages")).contains("recruiters you allow can now find you");
            member.open("p/recruiter/jobs.xhtml?title=Robotics");
            member.click("#job-" + jobId + " a.name");
            member.type("#apply\\:note", "I have built two warehouse robots.");
            member.click("#apply\\:submit");
            assertThat(member.text("#messages")).contains("Your application is sent.");
            assertThat(member.text("#my-stage")).isEqualTo("Applied, waiting for an answer");
            long applicationId = Db.number("select id from recruiter_application where job_id = ? and member_id = ?", jobId, memberId);

            // candidate search finds the opted-in member, never the one who did not opt in (not even by name)
            recruiter.open("p/recruiter/manage/candidates.xhtml?job=" + jobId + "&words=Robotics");
            assertThat(recruiter.present("#candidate-" + memberId)).isTrue();
            recruiter.open("p/recruiter/manage/candidates.xhtml?job=" + jobId + "&words=Notopen");
            assertThat(recruiter.present("#candidate-" + hidden.id())).isFalse();

            // the recruiter moves the application through the pipeline and gives an outcome
            recruiter.open("p/recruiter/manage/pipeline.xhtml?job=" + jobId);
            String row = "#applicant-" + applicationId;
            assertThat(recruiter.text(row + " .snapshot")).contains("Marco Candidate", "Robotics engineer");
            for (String stage : new String[] {"SCREENING", "INTERVIEWING", "OFFER", "HIRED"}) {
                new Select(recruiter.find(row + " select[name=stage]")).selectByValue(stage);
                recruiter.click(row + " input.move-submit");
                assertThat(recruiter.find(row).getAttribute("data-stage")).isEqualTo(stage);
            }
            assertThat(Db.number("select count(*) from recruiter_move where application_id = ?", applicationId)).isEqualTo(4);
            recruiter.screenshot("recruiter-pipeline");

            // the member sees the answer, and the organisation's figure changed: 1 of 11 answered in time
            member.open("p/recruiter/applications.xhtml");
            assertThat(member.find("#application-" + applicationId).getAttribute("data-stage")).isEqualTo("HIRED");
            assertThat(member.text("#application-" + applicationId)).contains("Hired");
            member.open("p/recruiter/org.xhtml?slug=" + slug);
            assertThat(member.text("#org-answered")).isEqualTo("9%");
            member.screenshot("recruiter-org");
        }
    }

    @Test
    void jobsThatMatchYouInTheFeedOnlyWithThePurposeOnTheOrganisationsOwnAddressAndSavedSearches() throws Exception {
        People.Person r = People.newMember(shared, "Feed Recruiter");
        String orgName = "Feedco " + System.nanoTime();
        Recruiting.approveRole(shared, Recruiting.applyForRole(r, orgName), orgName);
        r.session().get("p/recruiter/manage/index.xhtml");
        long org = Db.number("select id from recruiter_organisation where name = ? and status = 'APPROVED'", orgName);
        String slug = Db.text("select slug from recruiter_organisation where id = ?", org);
        String skill = "Feedskill" + (System.nanoTime() % 1000000);
        WebSession.Page posted = r.session().submit(r.session().get("p/recruiter/manage/post-job.xhtml?org=" + org), "job",
                new java.util.HashMap<>(java.util.Map.of("title", "Feed role", "location", "Torino", "payMin", "30000", "payMax", "40000",
                        "currency", "EUR", "type", "FULL_TIME", "period", "YEAR", "skills", skill + ", Go", "description", "")), "save");
        long job = Recruiting.jobId(posted);

        // the same skill on two profiles; only the member who turned the purpose on sees the job in the feed
        People.Person on = People.newMember(shared, "Feed On");
        People.Person off = People.newMember(shared, "Feed Off");
        Db.execute("insert into skill (normalised, name) values (lower(?), ?) on conflict (normalised) do nothing", skill, skill);
        for (People.Person p : java.util.List.of(on, off)) {
            Db.execute("insert into member_skill (member_id, skill_id) select ?, id from skill where normalised = lower(?)", p.id(), skill);
            Db.execute("update profile set skills_visibility = 'MEMBERS' where member_id = ?", p.id());
        }
        Db.execute("insert into fact_consent (member_id, purpose, allowed, changed_at) values (?, 'recruiter.discovery', true, now())", on.id());
        org.jsoup.select.Elements items = on.session().get("home").document().select(".feed-item[data-kind=recruiter.job]");
        assertThat(items).hasSize(1);
        assertThat(items.text()).contains("Feed role", orgName, "30000–40000 EUR / year");
        assertThat(items.select("a.recruiter-feed-link").attr("href")).endsWith("/p/recruiter/job.xhtml?id=" + job);
        assertThat(off.session().get("home").document().select(".feed-item[data-kind=recruiter.job]")).isEmpty();
        assertThat(off.session().get("account/data-use").text()).contains("Show me jobs that match my skills");

        // the organisation has its own address; the job page links to it
        WebSession.Page orgPage = off.session().get("p/recruiter/org/" + slug);
        assertThat(orgPage.status()).isEqualTo(200);
        assertThat(orgPage.text()).contains(orgName, "Feed role");
        assertThat(off.session().get("p/recruiter/job.xhtml?id=" + job).byId("job-org").orElseThrow().attr("href")).endsWith("/p/recruiter/org/" + slug);
        assertThat(off.session().get("p/recruiter/org/no-such-org-" + System.nanoTime()).status()).isEqualTo(404);

        // a saved candidate search lands on the desk, runs again from there, and only its recruiter deletes it
        WebSession.Page search = r.session().get("p/recruiter/manage/candidates.xhtml?job=" + job + "&words=Go&location=Torino");
        WebSession.Page desk = r.session().submit(search, "save-search", java.util.Map.of("name", "Go in Torino"), "save");
        assertThat(desk.text()).contains("Your search is saved");
        long saved = Db.number("select id from recruiter_saved_search where recruiter_id = ?", r.id());
        assertThat(desk.byId("saved-" + saved).orElseThrow().selectFirst("a.run").attr("href")).contains("job=" + job, "words=Go", "location=Torino");
        WebSession.Page unnamed = r.session().submit(r.session().get("p/recruiter/manage/candidates.xhtml?job=" + job + "&words=Go"),
                "save-search", java.util.Map.of("name", " "), "save");
        assertThat(unnamed.text()).contains("Give the search a name");
        r.session().submit(desk, People.rowForm(desk, "saved-" + saved), java.util.Map.of(),
                desk.byId("saved-" + saved).orElseThrow().selectFirst("input.delete-submit").attr("name"));
        assertThat(Db.number("select count(*) from recruiter_saved_search where id = ?", saved)).isZero();
    }

    private static void signUpAndIn(Browser browser, String email, String name) {
        browser.open("signup")
                .type("#signup\\:email", email)
                .type("#signup\\:displayName", name)
                .type("#signup\\:password", Members.PASSWORD)
                .click("#signup\\:submit");
        signIn(browser, email);
        assertThat(browser.text("#welcome")).contains(name);
        Members.forgetSignInAttempts(email);
    }

    private static void signIn(Browser browser, String email) {
        browser.open("signin");
        browser.type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        Members.forgetSignInAttempts(email);
    }
}
