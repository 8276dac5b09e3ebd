package social.rapport.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.TestDatabase;
import social.rapport.web.testing.TestMail;
import social.rapport.web.testing.WebSession.Page;

/**
 * A member's own data: the ZIP export holds what they made, and a deletion (cancelled by signing
 * in, then carried out after the grace period) leaves nothing that names them in any table of
 * the schema, core or plugin, except the audit line.
 */
@RapportIT
@RunAsClient
class MemberDataIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins();
    }

    @Test
    void theExportHoldsTheMembersPostsConnectionsMessagesAndPluginPart() throws Exception {
        String t = token();
        Person zoe = People.newMember(base.toURI(), "Zoe Export " + t);
        Person pal = People.newMember(base.toURI(), "Pal Friend " + t);
        People.connect(zoe, pal);
        long post = Db.number("insert into post (author_id, body, audience) values (?, ?, 'CONNECTIONS') returning id", zoe.id(), "My export post " + t);
        zoe.session().submit(zoe.session().get("messages/new?to=" + pal.id()), "send", Map.of("body", "Hello from the export " + t), "submit");
        long event = Db.number("insert into events_event (host_id, title, start_at, end_at, time_zone, visibility) "
                + "values (?, 'Meetup', now() + interval '2 days', now() + interval '3 days', 'Europe/Rome', 'PUBLIC') returning id", pal.id());
        Db.execute("insert into events_attendee (event_id, member_id, status) values (?, ?, 'GOING')", event, zoe.id());
        long application = recruiterRows(zoe, pal, t);

        Page data = zoe.session().get("account/data");
        assertThat(data.byId("export-download")).isEmpty();
        assertThat(zoe.session().get("account/export.zip").byId("export-unavailable").orElseThrow().text())
                .contains("There is no export ready");
        Page asked = zoe.session().submit(data, "export", Map.of(), "request");
        assertThat(asked.byId("export-progress").map(p -> p.text()).orElse("ready already"))
                .matches("Your export is waiting to start.*|Preparing your export: step \\d of \\d+\\.|ready already");
        assertThat(Db.number("select count(*) from member_export where member_id = ? and status in ('QUEUED', 'BUILDING', 'READY')", zoe.id()))
                .isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Db.number("select count(*) from member_export where member_id = ? "
                + "and status = 'READY' and expires_at between now() + interval '6 days 23 hours' and now() + interval '7 days 1 minute' "
                + "and steps_done = steps_total and steps_total >= 3", zoe.id()) == 1);
        Page ready = zoe.session().get("account/data");
        assertThat(ready.byId("export-download").orElseThrow().text()).isEqualTo("Download my data (ZIP)");
        assertThat(ready.byId("export-expires").orElseThrow().text()).contains("The download link works until");
        assertThat(ready.document().select("#export input[type=submit]").attr("value")).isEqualTo("Prepare a new export");
        HttpResponse<byte[]> zip = zoe.session().getBytes("account/export.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, String> files = unzip(zip.body());

        assertThat(files).containsKeys("account.json", "profile.json", "connections.json", "invitations.json", "follows.json",
                "blocks.json", "posts.json", "comments.json", "reactions.json", "messages.json", "notification-settings.json",
                "plugins/events/attending.json");
        assertThat(files.get("account.json")).contains(zoe.email());
        assertThat(files.get("posts.json")).contains("My export post " + t).contains("\"id\":" + post);
        assertThat(files.get("connections.json")).contains("Pal Friend " + t).contains("\"how_met\":\"OTHER\"");
        assertThat(files.get("messages.json")).contains("Hello from the export " + t).contains("\"direction\":\"SENT\"");
        assertThat(files.get("plugins/events/attending.json")).contains("\"event_id\":" + event).contains("GOING");
        assertThat(files.get("plugins/recruiter/applications.json")).contains("\"id\":" + application, "Export role " + t, "SCREENING");
        assertThat(files.get("plugins/recruiter/open-to.json")).contains("Export roles " + t);
        assertThat(files.get("plugins/recruiter/outreach-received.json")).contains("Export role " + t, "NOT_INTERESTED", "Not now " + t);
        assertThat(files.get("plugins/recruiter/dont-contact.json")).contains("Exportco " + t);

        // another member cannot download it; a second request waits for none; after 7 days the link is gone
        Person nobody = People.newMember(base.toURI(), "Nobody");
        assertThat(nobody.session().get("account/data").text()).doesNotContain("Zoe Export");
        assertThat(nobody.session().get("account/export.zip").byId("export-unavailable")).isPresent();
        Db.execute("update member_export set expires_at = now() - interval '1 second' where member_id = ?", zoe.id());
        assertThat(zoe.session().get("account/data").byId("export-expired").orElseThrow().text()).contains("has expired");
        assertThat(zoe.session().get("account/export.zip").byId("export-unavailable")).isPresent();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Db.number("select count(*) from member_export where member_id = ? "
                + "and status = 'EXPIRED' and zip is null", zoe.id()) == 1);
        assertThat(new social.rapport.web.testing.WebSession(base.toURI()).getBytes("account/export.zip").body().length)
                .as("signed out: the sign-in page, not a ZIP").isGreaterThan(0);
    }

    @Test
    void aDeletionAsksThePasswordIsCancelledBySigningInAndOtherwiseLeavesNothingButTheAuditLine() throws Exception {
        String t = token();
        Person zed = People.newMember(base.toURI(), "Zed Erasable " + t);
        Person other = People.newMember(base.toURI(), "Olive Other " + t);
        Person third = People.newMember(base.toURI(), "Theo Third " + t);
        String handle = Db.text("select handle from profile where member_id = ?", zed.id());
        Db.execute("update profile set headline = ? where member_id = ?", "Headline of Zed " + t, zed.id());
        People.connect(zed, other);
        zed.invite(third, "WORKED_TOGETHER", "Let us connect, " + t);
        zed.act(third, "follow");
        zed.session().submit(zed.session().get("messages/new?to=" + other.id()), "send", Map.of("body", "A message by Zed " + t), "submit");
        other.session().submit(other.session().get("messages/new?to=" + zed.id()), "send", Map.of("body", "An answer from Olive " + t), "submit");
        long otherPost = Db.number("insert into post (author_id, body, audience) values (?, 'Olive posts', 'EVERYONE') returning id", other.id());
        Db.execute("insert into post (author_id, body, audience) values (?, ?, 'EVERYONE')", zed.id(), "A post by Zed " + t);
        Db.execute("insert into post_comment (post_id, author_id, body) values (?, ?, ?)", otherPost, zed.id(), "A comment by Zed " + t);
        Db.execute("insert into post_reaction (post_id, member_id, kind) values (?, ?, 'LIKE')", otherPost, zed.id());
        long event = Db.number("insert into events_event (host_id, title, start_at, end_at, time_zone, visibility) "
                + "values (?, ?, now() + interval '2 days', now() + interval '3 days', 'Europe/Rome', 'PUBLIC') returning id", zed.id(), "Zed's party " + t);
        Db.execute("insert into events_attendee (event_id, member_id, status) values (?, ?, 'GOING')", event, other.id());

        Page wrong = zed.session().submit(zed.session().get("account/data"), "delete", Map.of("password", "not my password at all"), "submit");
        assertThat(wrong.errors()).contains("current password is wrong");
        assertThat(Db.number("select count(*) from account_deletion where member_id = ?", zed.id())).isZero();

        Page scheduled = zed.session().submit(zed.session().get("account/data"), "delete", Map.of("password", Members.PASSWORD), "submit");
        assertThat(scheduled.byId("signin-deletion").orElseThrow().text()).contains("deleted in 14 days");
        assertThat(zed.session().get("home").uri().getPath()).isEqualTo("/signin");
        assertThat(Db.number("select count(*) from account_deletion where member_id = ? and due_at > now() + interval '13 days' "
                + "and cancelled_at is null", zed.id())).isEqualTo(1);
        assertThat(TestMail.subject(TestMail.await(zed.email(), 2).get(1))).isEqualTo("Your Rapport account will be deleted in 14 days");

        // signing in cancels it
        assertThat(zed.session().signIn(zed.email(), Members.PASSWORD).uri().getPath()).isEqualTo("/home");
        Members.forgetSignInAttempts(zed.email());
        assertThat(Db.number("select count(*) from account_deletion where member_id = ? and cancelled_at is not null", zed.id())).isEqualTo(1);
        assertThat(TestMail.subject(TestMail.await(zed.email(), 3).get(2))).isEqualTo("Your Rapport account will not be deleted");

        // asked again, and the grace period passes
        zed.session().submit(zed.session().get("account/data"), "delete", Map.of("password", Members.PASSWORD), "submit");
        Db.execute("update account_deletion set due_at = now() - interval '1 second' where member_id = ? and cancelled_at is null", zed.id());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Db.number("select count(*) from member where id = ?", zed.id()) == 0);
        assertThat(Db.number("select count(*) from account_deletion where member_id = ? and completed_at is not null", zed.id())).isEqualTo(1);

        assertThat(mentions(zed.id(), List.of(zed.email(), handle, zed.name(), "Zed " + t)))
                .containsExactly("account_deletion");

        // the other side keeps the conversation and their own messages; Zed's are gone (the placeholder
        // "A deleted member" is suspended, and conversations hide suspended members like any other)
        long conversation = Db.number("select conversation_id from conversation_member where member_id = ? order by conversation_id desc limit 1", other.id());
        Page theirs = other.session().get("messages/conversation?id=" + conversation);
        assertThat(theirs.text()).contains("An answer from Olive " + t).doesNotContain("A message by Zed", "Zed Erasable");
        assertThat(other.session().get("network/member?id=" + zed.id()).text()).doesNotContain("Zed Erasable");
        assertThat(Db.number("select count(*) from events_event where id = ?", event)).isZero();
    }

    /**
     * The recruiter plugin's rows about {@code member} (enabled or not, its export hook runs): an application
     * with a move and a snapshot naming them, "open to", an outreach they answered "not interested", a
     * "don't contact me" mark. The organisation is {@code recruiter}'s. Returns the application's id.
     */
    private static long recruiterRows(Person member, Person recruiter, String t) throws Exception {
        long org = Db.number("insert into recruiter_organisation (slug, name, status, created_by, created_at) values (?, ?, 'APPROVED', ?, now()) "
                + "returning id", "exportco-" + t.toLowerCase().replaceAll("[^a-z0-9]", ""), "Exportco " + t, recruiter.id());
        long job = Db.number("insert into recruiter_job (organisation_id, title, employment_type, pay_min, pay_max, currency, pay_period, "
                + "created_by, created_at, expires_at) values (?, ?, 'FULL_TIME', 1, 2, 'EUR', 'YEAR', ?, now(), now() + interval '30 days') "
                + "returning id", org, "Export role " + t, recruiter.id());
        long application = Db.number("insert into recruiter_application (job_id, member_id, snapshot, stage, applied_at, answer_due) "
                + "values (?, ?, ?, 'SCREENING', now(), now() + interval '21 days') returning id", job, member.id(), member.name());
        Db.execute("insert into recruiter_move (application_id, from_stage, to_stage, moved_by, moved_at) values (?, 'APPLIED', 'SCREENING', ?, now())",
                application, recruiter.id());
        Db.execute("insert into recruiter_open_to (member_id, open, roles, updated_at) values (?, true, ?, now())", member.id(), "Export roles " + t);
        Db.execute("insert into recruiter_outreach (organisation_id, job_id, recruiter_id, candidate_id, conversation_id, message_id, sent_at, "
                + "answer, note, answered_at) values (?, ?, ?, ?, 0, 0, now(), 'NOT_INTERESTED', ?, now())", org, job, recruiter.id(), member.id(),
                "Not now " + t);
        Db.execute("insert into recruiter_no_contact (member_id, organisation_id, marked_at) values (?, ?, now())", member.id(), org);
        return application;
    }

    /** The tables with a row that names the member: by id in a member column, or by any of the words anywhere in the row. */
    private static List<String> mentions(long memberId, List<String> words) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = TestDatabase.connect()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery(
                    "select c.table_name, c.column_name, c.data_type from information_schema.columns c "
                            + "join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema "
                            + "where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name not like 'flyway%'")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            Map<String, List<String>> memberColumns = new HashMap<>();
            for (String[] c : columns) {
                boolean number = c[2].equals("bigint") || c[2].equals("integer");
                boolean aboutMembers = c[1].equals("member_id") || c[1].endsWith("member_id") || List.of("sender_id", "recipient_id",
                        "author_id", "actor_id", "subject_id", "other_id", "host_id", "inviter_id", "met_id", "follower_id", "followee_id",
                        "blocker_id", "blocked_id", "reporter_id", "reported_id", "handled_by", "changed_by", "admin_id", "creator_id",
                        "first_sender_id", "last_sender_id", "muted_id", "dismissed_id", "removed_by", "actor", "subject", "suggested_id")
                        .contains(c[1]) || c[0].equals("member") && c[1].equals("id");
                if (number && aboutMembers) {
                    memberColumns.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[1]);
                }
            }
            for (String table : columns.stream().map(c -> c[0]).distinct().toList()) {
                boolean named = false;
                for (String column : memberColumns.getOrDefault(table, List.of())) {
                    named |= count(db, "select count(*) from " + table + " where " + column + " = ?", memberId) > 0;
                }
                for (String word : words) {
                    named |= count(db, "select count(*) from " + table + " t where t::text ilike ?", "%" + word + "%") > 0;
                }
                if (named) {
                    found.add(table);
                }
            }
        }
        return found;
    }

    private static long count(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
