package social.rapport.web.recruiter;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.web.recruiter.Recruiting.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import javax.imageio.ImageIO;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
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

/** The recruiter plugin's rules over HTTP on the real WAR and PostgreSQL. */
@RapportIT
@RunAsClient
class RecruiterIT {

    static URI shared;

    @ArquillianResource
    URL url;

    URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins().addClass(RecruiterTestTrigger.class);
    }

    @BeforeEach
    void enable() throws Exception {
        base = new URL(url, "/").toURI();
        shared = base;
        People.setPluginEnabled(base, "recruiter", true);
    }

    @AfterAll
    static void asShipped() throws Exception {
        if (shared != null) {
            People.setPluginEnabled(shared, "recruiter", false);
        }
    }

    @Test
    void aJobIsRefusedWithoutAPayRangeOrWithMinimumAboveMaximum() throws Exception {
        Person r = People.newMember(base, "Pay Recruiter");
        long org = approvedOrganisation(r, "Payco " + System.nanoTime());
        Page none = postJob(r, org, "Analyst", "", "");
        assertThat(none.text()).contains("A pay range is required");
        Page reversed = postJob(r, org, "Analyst", "70000", "50000");
        assertThat(reversed.text()).contains("The maximum must be at least the minimum");
        assertThat(Db.number("select count(*) from recruiter_job where organisation_id = ?", org)).isZero();
        Page ok = postJob(r, org, "Analyst", "50000", "70000");
        assertThat(ok.byId("job-pay").orElseThrow().text()).contains("50000–70000 EUR / year");
        assertThat(ok.body()).doesNotContainIgnoringCase("salary history").doesNotContainIgnoringCase("current salary");
    }

    @Test
    void aRecruiterReachesOnlyTheirOwnOrganisation() throws Exception {
        Person a = People.newMember(base, "Alpha Recruiter");
        Person b = People.newMember(base, "Beta Recruiter");
        long orgA = approvedOrganisation(a, "Alpha " + System.nanoTime());
        long orgB = approvedOrganisation(b, "Beta " + System.nanoTime());
        long jobA = jobId(postJob(a, orgA, "Alpha job", "1000", "2000"));
        long jobB = jobId(postJob(b, orgB, "Beta job", "1000", "2000"));
        Person candidate = People.newMember(base, "Isolation Candidate");
        long appA = apply(candidate, jobA, "to alpha");
        long appB = apply(candidate, jobB, "to beta");

        assertThat(b.session().get("p/recruiter/manage/pipeline.xhtml?job=" + jobA).status()).isEqualTo(404);
        assertThat(b.session().get("p/recruiter/manage/candidates.xhtml?job=" + jobA).status()).isEqualTo(404);
        assertThat(b.session().get("p/recruiter/manage/post-job.xhtml?org=" + orgA).status()).isEqualTo(403);
        assertThat(b.session().get("p/recruiter/manage/index.xhtml").body()).doesNotContain("Alpha job");

        // B's own pipeline form, pointed at A's application: refused, nothing moves, no note lands
        Page pipelineB = b.session().get("p/recruiter/manage/pipeline.xhtml?job=" + jobB);
        String row = "applicant-" + appB;
        Page moved = postRow(b.session(), pipelineB, formOf(pipelineB, row, "form.move"),
                Map.of("application", String.valueOf(appA), "stage", "SCREENING"), button(pipelineB, row, "input.move-submit"));
        assertThat(moved.status()).isEqualTo(404);
        Page noted = postRow(b.session(), pipelineB, formOf(pipelineB, row, "form.note-form"),
                Map.of("application", String.valueOf(appA), "body", "peek"), button(pipelineB, row, "form.note-form input[type=submit]"));
        assertThat(noted.status()).isEqualTo(404);
        assertThat(Db.text("select stage from recruiter_application where id = ?", appB)).isEqualTo("APPLIED");
        assertThat(Db.text("select stage from recruiter_application where id = ?", appA)).isEqualTo("APPLIED");
        assertThat(Db.number("select count(*) from recruiter_note where application_id = ?", appA)).isZero();

        // A's notes stay inside A
        Page pipelineA = a.session().get("p/recruiter/manage/pipeline.xhtml?job=" + jobA);
        a.session().submit(pipelineA, formOf(pipelineA, "applicant-" + appA, "form.note-form"), Map.of("body", "Strong ROS skills"),
                button(pipelineA, "applicant-" + appA, "form.note-form input[type=submit]"));
        assertThat(a.session().get("p/recruiter/manage/pipeline.xhtml?job=" + jobA).body()).contains("Strong ROS skills");
        assertThat(b.session().get("p/recruiter/manage/pipeline.xhtml?job=" + jobB).body()).doesNotContain("Strong ROS skills");
        assertThat(candidate.session().get("p/recruiter/applications.xhtml").body()).doesNotContain("Strong ROS skills");
    }

    @Test
    void theCurrentEmployerNeverSeesOpenToAndTheNotOptedInAreNeverFound() throws Exception {
        Person ra = People.newMember(base, "Employer Recruiter");
        Person rb = People.newMember(base, "Other Recruiter");
        String employer = "Initech " + System.nanoTime();
        long orgA = approvedOrganisation(ra, employer);
        long orgB = approvedOrganisation(rb, "Globex " + System.nanoTime());
        long jobA = jobId(postJob(ra, orgA, "Engineer", "40000", "60000"));
        long jobB = jobId(postJob(rb, orgB, "Engineer", "40000", "60000"));
        Person open = People.newMember(base, "Open Quietly");
        Person closed = People.newMember(base, "Zebulon Notopen");
        String word = "Mechatronics" + (System.nanoTime() % 100000);
        openTo(open, word + " engineer", employer, "50000");
        openTo(closed, word + " engineer", "", "");
        Db.execute("update recruiter_open_to set open = false where member_id = ?", closed.id());

        String foundByB = rb.session().get("p/recruiter/manage/candidates.xhtml?job=" + jobB + "&words=" + word).body();
        assertThat(foundByB).contains("candidate-" + open.id()).doesNotContain("candidate-" + closed.id());
        String foundByA = ra.session().get("p/recruiter/manage/candidates.xhtml?job=" + jobA + "&words=" + word).body();
        assertThat(foundByA).doesNotContain("candidate-" + open.id());
        assertThat(rb.session().get("p/recruiter/manage/candidates.xhtml?job=" + jobB + "&words=Zebulon").body())
                .doesNotContain("candidate-" + closed.id());

        // a minimum above the job's maximum is not a match
        long lowJob = jobId(postJob(rb, orgB, "Junior", "20000", "30000"));
        assertThat(rb.session().get("p/recruiter/manage/candidates.xhtml?job=" + lowJob + "&words=" + word).body())
                .doesNotContain("candidate-" + open.id());
    }

    @Test
    void theCandidateSearchMatchesConsentedFactsOnlyAndAChosenEmployerStillNeverSees() throws Exception {
        Person ra = People.newMember(base, "Facts Recruiter A");
        Person rb = People.newMember(base, "Facts Recruiter B");
        String employer = "Factco A " + System.nanoTime();
        long orgA = approvedOrganisation(ra, employer);
        long orgB = approvedOrganisation(rb, "Factco B " + System.nanoTime());
        long jobA = jobId(postJob(ra, orgA, "Robot engineer", "40000", "60000"));
        long jobB = jobId(postJob(rb, orgB, "Robot engineer", "40000", "60000"));
        long lowB = jobId(postJob(rb, orgB, "Robot engineer", "40000", "59999"));
        String w = "Facts" + (System.nanoTime() % 100000);
        Person titled = People.newMember(base, "Quintessa Titled");
        openTo(titled, Map.of("titles", w + "lead", "locations", "Torino", "minPay", "60000", "currency", "EUR"));
        Person skilled = People.newMember(base, "Skilled Member");
        openTo(skilled, Map.of("skills", w + "skill"));
        Person insider = People.newMember(base, "Insider Member");
        Page chosenEmployer = openTo(insider, Map.of("roles", w + "role", "currentEmployer", employer, "visibleTo", "CHOSEN",
                "chosen", String.valueOf(orgA)));
        assertThat(chosenEmployer.errors()).isEmpty();
        Person picker = People.newMember(base, "Picker Member");
        openTo(picker, Map.of("roles", w + "role", "visibleTo", "CHOSEN", "chosen", String.valueOf(orgB)));

        // titles, skills and roles wanted are each searched; a location narrows (Torino is not Milano)
        assertThat(search(rb, jobB, w + "lead", "")).contains("candidate-" + titled.id()).doesNotContain("candidate-" + skilled.id());
        assertThat(search(rb, jobB, w + "skill", "")).contains("candidate-" + skilled.id()).doesNotContain("candidate-" + titled.id());
        assertThat(search(rb, jobB, w, "Torino")).contains("candidate-" + titled.id()).doesNotContain("candidate-" + skilled.id());
        // the name is not one of the facts they shared: an opted-in member is not found by it either
        assertThat(search(rb, jobB, "Quintessa", "")).doesNotContain("candidate-" + titled.id());
        // a minimum pay equal to the job's maximum fits; one euro more does not
        assertThat(search(rb, lowB, w + "lead", "")).doesNotContain("candidate-" + titled.id());

        // choosing the employer does not let it see: the current employer is excluded before the choice
        assertThat(search(ra, jobA, w + "role", "")).doesNotContain("candidate-" + insider.id()).doesNotContain("candidate-" + picker.id());
        assertThat(search(rb, jobB, w + "role", "")).contains("candidate-" + picker.id()).doesNotContain("candidate-" + insider.id());
        assertThat(Db.text("select visible_to from recruiter_open_to where member_id = ?", insider.id())).isEqualTo("CHOSEN");
    }

    @Test
    void oneApplicationPerJobAndTheDeadlineTellsTheCandidateOnce() throws Exception {
        Person r = People.newMember(base, "Deadline Recruiter");
        long org = approvedOrganisation(r, "Slowco " + System.nanoTime());
        long job = jobId(postJob(r, org, "Waiting role", "1000", "2000"));
        Person c = People.newMember(base, "Patient Candidate");
        Page jobPage = c.session().get("p/recruiter/job.xhtml?id=" + job);
        c.session().submit(jobPage, "apply", Map.of("note", "first"), "submit");
        Page twice = c.session().submit(jobPage, "apply", Map.of("note", "second"), "submit");
        assertThat(twice.text()).contains("You already applied to this job.");
        assertThat(Db.number("select count(*) from recruiter_application where job_id = ? and member_id = ?", job, c.id())).isEqualTo(1);

        long app = Db.number("select id from recruiter_application where job_id = ? and member_id = ?", job, c.id());
        Db.execute("update recruiter_application set answer_due = now() - interval '1 minute', applied_at = now() - interval '22 days' where id = ?", app);
        String told = c.session().get("test/recruiter?run=deadlines-twice").body().strip();
        String[] both = told.split(",");
        assertThat(Integer.parseInt(both[0]) + Integer.parseInt(both[1])).isGreaterThanOrEqualTo(1);
        assertThat(Db.text("select (unanswered_at is not null)::text from recruiter_application where id = ?", app)).isEqualTo("true");
        assertThat(c.session().get("p/recruiter/applications.xhtml").body()).contains("counts as unanswered");
        assertThat(c.session().get("test/recruiter?run=deadlines-twice").body().strip()).isEqualTo("0,0");
    }

    @Test
    void retentionDeletesExactlyTheApplicationsOfJobsClosedLongAgo() throws Exception {
        Person r = People.newMember(base, "Retention Recruiter");
        long org = approvedOrganisation(r, "Oldco " + System.nanoTime());
        long oldJob = jobId(postJob(r, org, "Old role", "1000", "2000"));
        long recentJob = jobId(postJob(r, org, "Recent role", "1000", "2000"));
        long openJob = jobId(postJob(r, org, "Open role", "1000", "2000"));
        Person c = People.newMember(base, "Retention Candidate");
        long oldApp = apply(c, oldJob, "old");
        long recentApp = apply(c, recentJob, "recent");
        long openApp = apply(c, openJob, "open");
        Db.execute("insert into recruiter_note (application_id, author_id, body, written_at) values (?, ?, 'kept?', now())", oldApp, r.id());
        Db.execute("update recruiter_job set status = 'CLOSED', outcome = 'FILLED', closed_at = now() - interval '25 months' where id = ?", oldJob);
        Db.execute("update recruiter_job set status = 'CLOSED', outcome = 'FILLED', closed_at = now() - interval '23 months' where id = ?", recentJob);

        c.session().get("test/recruiter?run=retention");
        assertThat(Db.number("select count(*) from recruiter_application where id in (?, ?, ?)", oldApp, recentApp, openApp)).isEqualTo(2);
        assertThat(Db.number("select count(*) from recruiter_application where id = ?", oldApp)).isZero();
        assertThat(Db.number("select count(*) from recruiter_note where application_id = ?", oldApp)).isZero();
        assertThat(Db.number("select count(*) from recruiter_job where id = ?", oldJob)).isEqualTo(1);
    }

    @Test
    void aDisabledPluginAnswers404AndKeepsItsData() throws Exception {
        Person r = People.newMember(base, "Toggle Recruiter");
        long org = approvedOrganisation(r, "Toggleco " + System.nanoTime());
        long job = jobId(postJob(r, org, "Kept role", "1000", "2000"));
        People.setPluginEnabled(base, "recruiter", false);
        try {
            assertThat(r.session().get("p/recruiter/job.xhtml?id=" + job).status()).isEqualTo(404);
            assertThat(r.session().get("p/recruiter/manage/index.xhtml").status()).isEqualTo(404);
            assertThat(Db.number("select count(*) from recruiter_job where id = ?", job)).isEqualTo(1);
        } finally {
            People.setPluginEnabled(base, "recruiter", true);
        }
        assertThat(r.session().get("p/recruiter/job.xhtml?id=" + job).body()).contains("Kept role");
    }

    @Test
    void theRecruiterRoleIsAppliedForNamingTheOrganisationApprovedInTheCoreQueueAndRevokedAtTheNextRequest() throws Exception {
        Person r = People.newMember(base, "Role Recruiter");
        assertThat(r.session().get("p/recruiter/manage/index.xhtml").status()).isEqualTo(403);
        assertThat(r.session().get("p/recruiter/jobs.xhtml").byId("become-recruiter").orElseThrow().attr("href"))
                .endsWith("/account/capabilities#available-recruiter-recruiter");
        String name = "Roleco " + System.nanoTime();
        Page missing = r.session().submit(r.session().get("account/capabilities"), "apply-recruiter-recruiter",
                Map.of("note", "I hire", "answer-organisation", " "), "apply");
        assertThat(missing.errors()).contains("Organisation you recruit for: answer this question to apply.");
        long application = applyForRole(r, name);
        assertThat(r.session().get("p/recruiter/manage/index.xhtml").status()).isEqualTo(403); // still waiting
        assertThat(Db.number("select count(*) from recruiter_organisation where name = ?", name)).isZero();
        approveRole(application, name);

        // the approval names the organisation: it exists, approved, with r as its recruiter
        Page desk = r.session().get("p/recruiter/manage/index.xhtml");
        String slug = Db.text("select slug from recruiter_organisation where name = ?", name);
        assertThat(desk.byId("org-" + slug).orElseThrow().attr("data-status")).isEqualTo("APPROVED");
        long org = Db.number("select id from recruiter_organisation where slug = ?", slug);
        assertThat(Db.number("select count(*) from recruiter_claim where member_id = ?", r.id())).isZero();

        // a colleague approved for the same name joins that organisation; a member without the role cannot be added
        Person colleague = People.newMember(base, "Role Colleague");
        approveRole(applyForRole(colleague, name), name);
        assertThat(colleague.session().get("p/recruiter/manage/index.xhtml").byId("org-" + slug)).isPresent();
        assertThat(Db.number("select count(*) from recruiter_organisation where name = ?", name)).isEqualTo(1);
        Person plain = People.newMember(base, "Role Plain");
        String plainHandle = Db.text("select handle from profile where member_id = ?", plain.id());
        Page refused = postRow(r.session(), desk, formOf(desk, "org-" + slug, "form.add-recruiter"), Map.of("handle", plainHandle),
                button(desk, "org-" + slug, "form.add-recruiter input[type=submit]"));
        assertThat(refused.text()).contains("does not hold the Recruiter role yet");
        assertThat(Db.number("select count(*) from recruiter_recruiter where organisation_id = ?", org)).isEqualTo(2);

        // another organisation added from the desk waits for an admin on the plugin's tab
        Page second = r.session().submit(desk, "org", Map.of("name", name + " Labs", "website", "", "description", ""), "create");
        assertThat(second.text()).contains("waits for an admin's approval");
        assertThat(Db.text("select status from recruiter_organisation where name = ?", name + " Labs")).isEqualTo("PENDING");

        // a revoke applies at the next request, on the pages and in the services
        long job = jobId(postJob(r, org, "Revoked role", "1000", "2000"));
        WebSession admin = Members.admin(base);
        admin.submit(admin.get("admin/capabilities"), "revoke-recruiter-recruiter-" + r.id(), Map.of("reason", "Left the company"), "revoke");
        assertThat(r.session().get("p/recruiter/manage/index.xhtml").status()).isEqualTo(403);
        assertThat(r.session().get("p/recruiter/manage/pipeline.xhtml?job=" + job).status()).isEqualTo(403);
        assertThat(r.session().get("p/recruiter/jobs.xhtml").byId("desk")).isEmpty();
        assertThat(colleague.session().get("p/recruiter/manage/pipeline.xhtml?job=" + job).status()).isEqualTo(200);
    }

    @Test
    void outreachSpendsACreditAndTheCandidatesAnswerOrAFinalAnswerGivesItBack() throws Exception {
        Person r = People.newMember(base, "Credit Recruiter");
        long org = approvedOrganisation(r, "Creditco " + System.nanoTime());
        long job = jobId(postJob(r, org, "Credit role", "51000", "62000"));
        Db.execute("insert into plugin_setting (plugin_id, key, value, changed_by, changed_at) values ('recruiter', 'outreach-credits', '2', ?, now()) "
                + "on conflict (plugin_id, key) do update set value = '2'", r.id());
        try {
            String word = "Credit" + (System.nanoTime() % 1000000);
            Person c1 = candidate("Credit One", word, "");
            Person c2 = candidate("Credit Two", word, "");
            Person c3 = candidate("Credit Three", word, "");
            Page sent = write(r, job, word, c1, "Hello, this role fits your ROS work.");
            assertThat(sent.text()).contains("Your message is sent as a message request");
            assertThat(sent.byId("credits").orElseThrow().text()).isEqualTo("Outreach credits left this week: 1 of 2.");
            long conversation = Db.number("select conversation_id from recruiter_outreach where job_id = ? and candidate_id = ?", job, c1.id());
            assertThat(Db.text("select state from conversation where id = ?", conversation)).isEqualTo("REQUEST");
            assertThat(Db.text("select body from message where conversation_id = ?", conversation))
                    .contains("Hello, this role fits your ROS work.", "Credit role", "51000–62000 EUR / year");
            write(r, job, word, c2, "Second hello");
            Page none = write(r, job, word, c3, "Third hello, kept");
            assertThat(none.text()).contains("You have no outreach credits left this week");
            assertThat(none.document().select("#candidate-" + c3.id() + " textarea").text()).isEqualTo("Third hello, kept");
            assertThat(Db.number("select count(*) from recruiter_outreach where recruiter_id = ?", r.id())).isEqualTo(2);

            // c1 answers in the core's conversation, c2 says "not interested" here: both credits come back
            Page thread = c1.session().get("messages/conversation?id=" + conversation);
            c1.session().submit(thread, "send", Map.of("body", "Happy to talk"), "submit");
            Page received = c2.session().get("p/recruiter/outreach.xhtml");
            long o2 = Db.number("select id from recruiter_outreach where candidate_id = ?", c2.id());
            assertThat(received.byId("received-" + o2).orElseThrow().text()).contains("Credit role", "51000–62000 EUR / year");
            postRow(c2.session(), received, formOf(received, "received-" + o2, "form.not-interested"), Map.of("reason", "Relocating"),
                    button(received, "received-" + o2, "input.not-interested-submit"));
            Page mine = r.session().get("p/recruiter/manage/outreach.xhtml");
            long o1 = Db.number("select id from recruiter_outreach where candidate_id = ?", c1.id());
            assertThat(mine.byId("outreach-" + o1).orElseThrow().attr("data-answer")).isEqualTo("REPLIED");
            assertThat(mine.byId("outreach-" + o2).orElseThrow().attr("data-answer")).isEqualTo("NOT_INTERESTED");
            assertThat(mine.byId("outreach-" + o2).orElseThrow().text()).contains("Relocating");
            assertThat(mine.byId("credits").orElseThrow().text()).isEqualTo("Outreach credits left this week: 2 of 2.");

            // a final answer closes the loop too; the candidate reads it
            write(r, job, word, c3, "Third hello");
            long o3 = Db.number("select id from recruiter_outreach where candidate_id = ?", c3.id());
            Page before = r.session().get("p/recruiter/manage/outreach.xhtml");
            assertThat(before.byId("credits").orElseThrow().text()).isEqualTo("Outreach credits left this week: 1 of 2.");
            Page closed = postRow(r.session(), before, formOf(before, "outreach-" + o3, "form.final-answer"), Map.of("note", "The role is filled"),
                    button(before, "outreach-" + o3, "input.final-submit"));
            assertThat(closed.byId("credits").orElseThrow().text()).isEqualTo("Outreach credits left this week: 2 of 2.");
            assertThat(c3.session().get("p/recruiter/outreach.xhtml").byId("received-" + o3).orElseThrow().text()).contains("The role is filled");
        } finally {
            Db.execute("delete from plugin_setting where plugin_id = 'recruiter' and key = 'outreach-credits'");
        }
    }

    @Test
    void underThirteenPercentAnsweredOverTheLastTwoWeeksTheRecruiterHasOnePendingOutreachAtATime() throws Exception {
        Person r = People.newMember(base, "Rate Recruiter");
        long org = approvedOrganisation(r, "Rateco " + System.nanoTime());
        long job = jobId(postJob(r, org, "Rate role", "1000", "2000"));
        // earlier messages 8 days ago (their credits are back): one answered, the others closed by final answers
        String insert = "insert into recruiter_outreach (organisation_id, job_id, recruiter_id, candidate_id, conversation_id, message_id, "
                + "sent_at, answer, answered_at) values (?, ?, ?, ?, 0, 0, now() - interval '8 days', ?, now())";
        for (int i = 1; i <= 9; i++) {
            Db.execute(insert, org, job, r.id(), -i, i == 1 ? "REPLIED" : "FINAL");
        }
        String word = "Rate" + (System.nanoTime() % 1000000);
        Person c1 = candidate("Rate One", word, "");
        Person c2 = candidate("Rate Two", word, "");

        // 1 of 9: one more unanswered message would be 1 of 10, under 13%: warned first, on the desk and the write page
        Page desk = r.session().get("p/recruiter/manage/index.xhtml");
        assertThat(desk.byId("warned").orElseThrow().text()).contains("only 11% of your last 9 messages (14 days) were answered",
                "If fewer than 13% are answered", "you may have only one unanswered message at a time");
        assertThat(desk.byId("limited")).isEmpty();
        Page writePage = r.session().get("p/recruiter/manage/candidates.xhtml?job=" + job + "&words=" + word);
        assertThat(writePage.byId("warned")).isPresent();
        assertThat(writePage.byId("candidate-" + c1.id())).isPresent();

        // a tenth, closed by a final answer (not an answer): 10% over 10, limited, the warning gives way to the limit
        Db.execute(insert, org, job, r.id(), -10, "FINAL");
        Page first = write(r, job, word, c1, "First");
        assertThat(first.byId("limited")).isPresent();
        assertThat(first.byId("warned")).isEmpty();
        assertThat(first.byId("answered-rate").orElseThrow().text()).isEqualTo("9% of your last 11 messages (14 days) were answered.");
        Page second = write(r, job, word, c2, "Second");
        assertThat(second.text()).contains("you may have only one unanswered message at a time");
        assertThat(Db.number("select count(*) from recruiter_outreach where recruiter_id = ? and candidate_id = ?", r.id(), c2.id())).isZero();

        // the rate recovers (two more candidates had answered): no limit
        Db.execute("update recruiter_outreach set answer = 'REPLIED' where recruiter_id = ? and candidate_id in (-2, -3)", r.id());
        Page recovered = write(r, job, word, c2, "Second again");
        assertThat(recovered.text()).contains("Your message is sent");
        assertThat(recovered.byId("limited")).isEmpty();
    }

    @Test
    void dontContactMeAgainStopsThatOrganisationOnlyAndNoRecruiterReachesAnothersOutreach() throws Exception {
        Person ra = People.newMember(base, "Stop Recruiter A");
        Person rb = People.newMember(base, "Stop Recruiter B");
        String nameB = "Stopco B " + System.nanoTime();
        long orgA = approvedOrganisation(ra, "Stopco A " + System.nanoTime());
        long orgB = approvedOrganisation(rb, nameB);
        long jobA = jobId(postJob(ra, orgA, "Stop role A", "1000", "2000"));
        long jobA2 = jobId(postJob(ra, orgA, "Stop role A2", "1000", "2000"));
        long jobB = jobId(postJob(rb, orgB, "Stop role B", "1000", "2000"));
        String word = "Stop" + (System.nanoTime() % 1000000);
        Person c = candidate("Stop Candidate", word, "");
        Person other = candidate("Stop Other", word, "");
        Person employee = candidate("Stop Employee", word, nameB);
        write(ra, jobA, word, c, "Hello from A");
        long oa = Db.number("select id from recruiter_outreach where candidate_id = ? and organisation_id = ?", c.id(), orgA);
        write(rb, jobB, word, other, "Hello from B");
        long ob = Db.number("select id from recruiter_outreach where candidate_id = ? and organisation_id = ?", other.id(), orgB);

        // B neither sees A's outreach, nor closes it, nor writes about A's job, nor reaches a member B employs
        Page bOutreach = rb.session().get("p/recruiter/manage/outreach.xhtml");
        assertThat(bOutreach.byId("outreach-" + oa)).isEmpty();
        Page closeA = postRow(rb.session(), bOutreach, formOf(bOutreach, "outreach-" + ob, "form.final-answer"),
                Map.of("outreach", String.valueOf(oa), "note", "Closed by B"), button(bOutreach, "outreach-" + ob, "input.final-submit"));
        assertThat(closeA.status()).isEqualTo(404);
        assertThat(Db.text("select coalesce(answer, 'OPEN') from recruiter_outreach where id = ?", oa)).isEqualTo("OPEN");
        Page bCandidates = rb.session().get("p/recruiter/manage/candidates.xhtml?job=" + jobB + "&words=" + word);
        assertThat(bCandidates.byId("candidate-" + employee.id())).isEmpty();
        String row = "candidate-" + c.id();
        Page forged = postRow(rb.session(), bCandidates, formOf(bCandidates, row, "form.write-to"),
                Map.of("job", String.valueOf(jobA), "text", "Forged"), button(bCandidates, row, "input.write-submit"));
        assertThat(forged.status()).isEqualTo(404);
        Page toEmployee = postRow(rb.session(), bCandidates, formOf(bCandidates, row, "form.write-to"),
                Map.of("candidate", String.valueOf(employee.id()), "text", "Come back"), button(bCandidates, row, "input.write-submit"));
        assertThat(toEmployee.status()).isEqualTo(404);
        assertThat(Db.number("select count(*) from recruiter_outreach where organisation_id = ? and candidate_id in (?, ?)", orgB, c.id(), employee.id()))
                .isZero();

        // c stops A: A's open loop closes, A no longer finds nor reaches c; B still does
        Page received = c.session().get("p/recruiter/outreach.xhtml");
        postRow(c.session(), received, formOf(received, "received-" + oa, "form.no-contact"), Map.of(),
                button(received, "received-" + oa, "input.no-contact-submit"));
        assertThat(Db.text("select answer from recruiter_outreach where id = ?", oa)).isEqualTo("NOT_INTERESTED");
        assertThat(c.session().get("p/recruiter/outreach.xhtml").byId("stopped-" + orgA)).isPresent();
        Page aSearch = ra.session().get("p/recruiter/manage/candidates.xhtml?job=" + jobA2 + "&words=" + word);
        assertThat(aSearch.byId("candidate-" + c.id())).isEmpty();
        String otherRow = "candidate-" + other.id();
        Page aForced = postRow(ra.session(), aSearch, formOf(aSearch, otherRow, "form.write-to"),
                Map.of("candidate", String.valueOf(c.id()), "text", "Please"), button(aSearch, otherRow, "input.write-submit"));
        assertThat(aForced.text()).contains("This candidate asked your organisation not to contact them again.");
        assertThat(Db.number("select count(*) from recruiter_outreach where job_id = ? and candidate_id = ?", jobA2, c.id())).isZero();
        assertThat(write(rb, jobB, word, c, "Hello from B").text()).contains("Your message is sent");

        // the erasure hook removes c's outreach, open-to and marks; the organisations' jobs stay
        c.session().get("test/recruiter?run=erase&member=" + c.id());
        assertThat(Db.number("select count(*) from recruiter_outreach where candidate_id = ?", c.id())).isZero();
        assertThat(Db.number("select count(*) from recruiter_open_to where member_id = ?", c.id())).isZero();
        assertThat(Db.number("select count(*) from recruiter_no_contact where member_id = ?", c.id())).isZero();
        assertThat(Db.number("select count(*) from recruiter_outreach where candidate_id = ?", other.id())).isEqualTo(1);
        assertThat(Db.number("select count(*) from recruiter_job where id = ?", jobA)).isEqualTo(1);
    }

    @Test
    void anOrganisationPageIsEditedOnlyByItsRecruitersWithAnHttpWebsiteAndACheckedLogo() throws Exception {
        Person a = People.newMember(base, "Page Recruiter A");
        Person b = People.newMember(base, "Page Recruiter B");
        long orgA = approvedOrganisation(a, "Pageco A " + System.nanoTime());
        long orgB = approvedOrganisation(b, "Pageco B " + System.nanoTime());
        long job = jobId(postJob(a, orgA, "Logo role", "1000", "2000"));
        String slug = Db.text("select slug from recruiter_organisation where id = ?", orgA);
        Page desk = a.session().get("p/recruiter/manage/index.xhtml");
        assertThat(desk.byId("org-" + slug).orElseThrow().selectFirst("a.edit-org").text()).isEqualTo("Edit organisation page");

        // the website is http(s) only; a refusal keeps the page as it was
        Page form = a.session().get("p/recruiter/manage/organisation.xhtml?org=" + orgA);
        for (String bad : new String[] {"javascript:alert(1)", "ftp://files.example.org", "example.org"}) {
            Page refused = a.session().submit(form, "edit", Map.of("name", "Renamed", "website", bad, "description", ""), "save");
            assertThat(refused.errors()).contains("Enter the website as an http:// or https:// address.");
        }
        assertThat(Db.text("select name from recruiter_organisation where id = ?", orgA)).startsWith("Pageco A ");
        Page saved = a.session().submit(form, "edit", Map.of("name", "Pageco Renamed", "website", "https://pageco.example",
                "description", "<b>We build</b> robots"), "save");
        assertThat(saved.text()).contains("The page of Pageco Renamed is saved.");
        Page publicPage = new WebSession(base).get("p/recruiter/org/" + slug); // same address after the rename, public
        assertThat(publicPage.byId("org-name").orElseThrow().text()).isEqualTo("Pageco Renamed");
        assertThat(publicPage.byId("org-website").orElseThrow().attr("href")).isEqualTo("https://pageco.example");
        assertThat(publicPage.byId("org-description").orElseThrow().text()).isEqualTo("<b>We build</b> robots");
        assertThat(publicPage.body()).doesNotContain("<b>We build</b>");
        assertThat(publicPage.byId("org-logo")).isEmpty();

        // the logo goes through the core's image checks and is re-encoded as a 200 px JPEG
        Page text = upload(a.session(), saved, "logo", Map.of(), "logo:file", "not an image".getBytes(), "logo:upload");
        assertThat(text.errors()).contains("Only JPEG, PNG or WebP images.");
        Page logoSaved = upload(a.session(), saved, "logo", Map.of(), "logo:file", png(600, 300), "logo:upload");
        assertThat(logoSaved.text()).contains("Logo saved.");
        String src = new WebSession(base).get("p/recruiter/org/" + slug).byId("org-logo").orElseThrow().attr("src");
        assertThat(a.session().get("p/recruiter/job.xhtml?id=" + job).byId("job-org-logo").orElseThrow().attr("src")).isEqualTo(src);
        HttpResponse<byte[]> logo = new WebSession(base).getBytes(src.replaceFirst("^/", ""));
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(logo.body()));
        assertThat(decoded.getWidth()).isEqualTo(200);
        assertThat(new WebSession(base).getBytes("p/recruiter/logo?org=" + orgB).statusCode()).isEqualTo(404);
        assertThat(new WebSession(base).getBytes("p/recruiter/logo?org=x").statusCode()).isEqualTo(404);

        // B neither opens A's form nor replays its own form with A's id: every action refused, nothing changes
        assertThat(b.session().get("p/recruiter/manage/organisation.xhtml?org=" + orgA).status()).isEqualTo(403);
        Page own = b.session().get("p/recruiter/manage/organisation.xhtml?org=" + orgB);
        Map<String, String> toA = Map.of("organisation", String.valueOf(orgA));
        Page edit = postRow(b.session(), own, "edit", Map.of("organisation", String.valueOf(orgA), "edit:name", "Hijacked",
                "edit:website", "https://evil.example"), "edit:save");
        assertThat(edit.status()).isEqualTo(403);
        assertThat(upload(b.session(), own, "logo", toA, "logo:file", png(300, 300), "logo:upload").status()).isEqualTo(403);
        Page withLogo = upload(b.session(), own, "logo", Map.of(), "logo:file", png(300, 300), "logo:upload");
        assertThat(upload(b.session(), withLogo, "logo", toA, "logo:file", new byte[0], "logo:remove").status()).isEqualTo(403);
        assertThat(Db.text("select name || ' ' || website from recruiter_organisation where id = ?", orgA))
                .isEqualTo("Pageco Renamed https://pageco.example");
        assertThat(new WebSession(base).getBytes(src.replaceFirst("^/", "")).body()).isEqualTo(logo.body());

        // A removes the logo
        Page again = a.session().get("p/recruiter/manage/organisation.xhtml?org=" + orgA);
        assertThat(upload(a.session(), again, "logo", Map.of(), "logo:file", new byte[0], "logo:remove").text()).contains("Logo removed.");
        assertThat(new WebSession(base).get("p/recruiter/org/" + slug).byId("org-logo")).isEmpty();
    }

    /** A member open to opportunities for all recruiters, with the word in their roles and an employer (blank for none). */
    private Person candidate(String name, String word, String employer) throws Exception {
        Person p = People.newMember(base, name);
        openTo(p, word + " engineer", employer, "");
        return p;
    }

    private void approveRole(long application, String organisation) throws Exception {
        Recruiting.approveRole(base, application, organisation);
    }

    /** A member approved as a recruiter of a new organisation of that name; returns its id. */
    private long approvedOrganisation(Person recruiter, String name) throws Exception {
        approveRole(applyForRole(recruiter, name), name);
        recruiter.session().get("p/recruiter/manage/index.xhtml");
        return Db.number("select id from recruiter_organisation where name = ? and status = 'APPROVED'", name);
    }
}
