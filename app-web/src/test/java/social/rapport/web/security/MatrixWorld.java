package social.rapport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * What the access matrix acts on, made through the real pages: an owner with a post shared with
 * connections (commented by a connection), an event, a conversation, and members around them.
 */
final class MatrixWorld {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    final Person owner;
    final long post;
    final long event;

    private MatrixWorld(Person owner, long post, long event) {
        this.owner = owner;
        this.post = post;
        this.event = event;
    }

    static MatrixWorld create(URI base) throws Exception {
        Person owner = People.newMember(base, "Matrix Owner");
        long post = Db.number("insert into post (author_id, body, audience) values (?, 'Owner''s news for connections', 'CONNECTIONS') returning id",
                owner.id());
        return new MatrixWorld(owner, post, event(owner, "Owner's meetup"));
    }

    /** A member connected to the owner, who wrote to them, commented on the post, and is going to the event. */
    Person connection(URI base, String name) throws Exception {
        Person member = People.newMember(base, name);
        People.connect(owner, member);
        write(member, owner, "Hello from " + name);
        write(owner, member, "Hello back, " + name);
        Page post = member.session().get("post/" + this.post);
        member.session().submit(post, "comment", Map.of("body", "A comment by " + name), "submit");
        member.session().submit(member.session().get("p/events/event.xhtml?id=" + event), "rsvp", Map.of(), "going");
        return member;
    }

    long conversationWith(Person member) throws Exception {
        return Db.number("select id from conversation where direct_key = ?",
                Math.min(owner.id(), member.id()) + ":" + Math.max(owner.id(), member.id()));
    }

    /** Fills the event form as a host would; returns the new event's id. */
    static long event(Person host, String title) {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withSecond(0).withNano(0);
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "description", "Talks", "start", LOCAL.format(start),
                "end", LOCAL.format(start.plusHours(2)), "zone", "Europe/Rome", "venue", "Hall", "address", "Via Roma 1, Milano",
                "visibility", "PUBLIC", "capacity", ""));
        Page created = host.session().submit(host.session().get("p/events/edit.xhtml"), "event", fields, "save");
        assertThat(created.byId("event")).as(created.uri() + " " + created.errors()).isPresent();
        return Long.parseLong(created.byId("event").orElseThrow().attr("data-event"));
    }

    static void write(Person from, Person to, String body) {
        Page page = from.session().get("messages/new?to=" + to.id());
        if (page.document().getElementById("send") != null) {
            from.session().submit(page, "send", Map.of("body", body), "submit");
        }
    }

    /** {@code by} blocks {@code whom} from their member page. */
    static void block(Person by, Person whom) throws Exception {
        by.act(whom, "block");
        assertThat(Db.number("select count(*) from member_block where blocker_id = ? and blocked_id = ?", by.id(), whom.id())).isOne();
    }

    /**
     * Something waiting in every admin queue: a member report and a content report, a role
     * application, a role holder, campaigns in review, running and paused, and an organisation
     * waiting for approval.
     */
    void fillAdminQueues(URI base, Person reporter) throws Exception {
        Page member = reporter.memberPage(owner);
        reporter.session().submit(member, "network-report", Map.of("reason", "SPAM", "text", "Matrix report"), "report");
        long shared = Db.number("insert into post (author_id, body, audience) values (?, 'Owner''s post for everyone', 'EVERYONE') returning id",
                owner.id());
        reporter.session().submit(reporter.session().get("post/report?post=" + shared), "report", Map.of("reason", "SPAM", "text", "Matrix"), "submit");
        applyAsAdvertiser(reporter);
        Person advertiser = People.newMember(base, "Matrix Advertiser");
        applyAsAdvertiser(advertiser);
        WebSession admin = Members.admin(base);
        long application = Db.number("select id from capability_application where member_id = ? and status = 'PENDING'", advertiser.id());
        admin.submit(admin.get("admin/capabilities"), "decide-" + application, Map.of("answer", "Welcome"), "approve");
        for (String status : new String[] {"REVIEW", "RUNNING", "PAUSED"}) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Map<String, String> fields = new HashMap<>(Map.of("name", "Matrix " + status, "headline", "Headline", "body", "Text",
                    "landingUrl", base.resolve("p/sponsored/library.xhtml").toString(), "callToAction", "LEARN_MORE", "start", today.toString(),
                    "end", today.plusDays(10).toString(), "totalBudget", "1000", "dailyBudget", "100"));
            Page created = advertiser.session().submit(advertiser.session().get("p/sponsored/edit.xhtml"), "campaign", fields, "save");
            long id = Long.parseLong(created.byId("campaign").orElseThrow(() -> new AssertionError(created.errors())).attr("data-campaign"));
            advertiser.session().submit(advertiser.session().get("p/sponsored/campaign.xhtml?id=" + id), "actions", Map.of(), "submit");
            if (!status.equals("REVIEW")) {
                Db.execute("update sponsored_campaign set status = ?, paused_by = ? where id = ?", status, status.equals("PAUSED") ? "ADMIN" : null, id);
            }
        }
        grantRecruiterRole(reporter);
        Page desk = reporter.session().get("p/recruiter/manage/index.xhtml");
        reporter.session().submit(desk, "org", Map.of("name", "Matrix Org " + System.nanoTime(), "website", "", "description", "About"), "create");
    }

    /** The recruiter plugin's capability, granted as an admin would (the desk is for its holders). */
    static void grantRecruiterRole(Person person) throws Exception {
        Db.execute("insert into capability_grant (member_id, capability, granted_by, granted_at) values (?, 'recruiter.recruiter', ?, now()) "
                + "on conflict do nothing", person.id(), person.id());
    }

    private static void applyAsAdvertiser(Person person) {
        person.session().submit(person.session().get("account/capabilities"), "apply-sponsored-advertiser",
                Map.of("note", "Ads", "answer-organisation", "Matrix Ltd", "answer-payer", "Matrix Ltd"), "apply");
    }
}
