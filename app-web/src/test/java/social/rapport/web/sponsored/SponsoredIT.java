package social.rapport.web.sponsored;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.web.testing.DataExports;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.People;
import social.rapport.web.testing.People.Person;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * The sponsored content plugin on the real server and PostgreSQL: apply → approve → create →
 * review → run (and reject with a reason), another advertiser refused on every action, the labelled
 * ad in a member's feed, the click redirect to the stored landing page only, pacing under 8
 * concurrent feed loads never passing the total budget, hide and hide-advertiser, reports pausing a
 * campaign, the public library, the report equal to the recorded impressions, the plugin
 * switched off (no ads, data kept), a revoked advertiser, targeting only on consented facts (OR
 * within a facet, AND across; the languages facet on the member's page language) and the minimum audience; a member's sponsored data in their export
 * and its erasure with the account (the library keeps the ad without the member).
 */
@RapportIT
@RunAsClient
class SponsoredIT {

    static URI shared;

    @ArquillianResource
    URL url;

    URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rapportWithTestPlugins("sponsored-it.war");
    }

    @BeforeEach
    void enable() throws Exception {
        base = url.toURI();
        shared = base;
        People.setPluginEnabled(base, "sponsored", true);
        // one cent per impression, 3 views a day, reports pause at 2; no other campaign competes for the slot
        setting("cpm", 1000);
        setting("frequency-cap", 3);
        setting("report-threshold", 2);
        setting("min-audience", 1); // else one member's day is suppressed in the report (checked below with the default)
        Db.execute("update sponsored_campaign set status = 'ENDED' where status in ('RUNNING', 'REVIEW')");
    }

    @AfterAll
    static void disable() throws Exception {
        if (shared != null) {
            People.setPluginEnabled(shared, "sponsored", false);
        }
    }

    private static void setting(String key, int value) throws Exception {
        Db.execute("insert into sponsored_setting (key, value, updated_by, updated_at) values (?, ?, 0, now()) "
                + "on conflict (key) do update set value = excluded.value", key, Integer.toString(value));
    }

    private static String unique(String word) {
        return word + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A member who applied for the role Advertiser on My roles, approved by an admin on Roles. */
    private Person advertiser(String organisation) throws Exception {
        Person person = People.newMember(base, "Adv " + organisation.replaceAll("[^A-Za-z]", ""));
        person.session().submit(person.session().get("account/capabilities"), "apply-sponsored-advertiser",
                Map.of("note", "Ads for " + organisation, "answer-organisation", organisation, "answer-payer", organisation + " Ltd"), "apply");
        long application = Db.number("select id from capability_application where member_id = ? and capability = 'sponsored.advertiser' "
                + "and status = 'PENDING'", person.id());
        WebSession admin = Members.admin(base);
        Page queue = admin.get("admin/capabilities");
        assertThat(queue.byId("application-" + application).orElseThrow().text()).contains(organisation, organisation + " Ltd");
        admin.submit(queue, "decide-" + application, Map.of("answer", "Welcome"), "approve");
        return person;
    }

    private static Map<String, String> fields(String name, String landing, long total, long daily) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new HashMap<>(Map.of("name", name, "headline", "Headline of " + name, "body", "Text of <b>" + name + "</b>",
                "landingUrl", landing, "callToAction", "LEARN_MORE", "start", today.toString(), "end", today.plusDays(10).toString(),
                "totalBudget", Long.toString(total), "dailyBudget", Long.toString(daily)));
    }

    private static long create(Person advertiser, Map<String, String> fields) {
        Page created = advertiser.session().submit(advertiser.session().get("p/sponsored/edit.xhtml"), "campaign", fields, "save");
        assertThat(created.byId("campaign")).as(created.uri() + " " + created.errors()).isPresent();
        return Long.parseLong(created.byId("campaign").orElseThrow().attr("data-campaign"));
    }

    private static Page submit(Person advertiser, long id) {
        return advertiser.session().submit(advertiser.session().get("p/sponsored/campaign.xhtml?id=" + id), "actions", Map.of(), "submit");
    }

    private Page review(long id, String button, String reason) throws Exception {
        WebSession admin = Members.admin(base);
        Page queue = admin.get("p/sponsored/admin/index.xhtml");
        return admin.submit(queue, People.rowForm(queue, "review-" + id), reason == null ? Map.of() : Map.of("reason", reason), button);
    }

    private long running(Person advertiser, long total, long daily) throws Exception {
        long id = create(advertiser, fields(unique("Run"), base.resolve("p/sponsored/library.xhtml").toString(), total, daily));
        submit(advertiser, id);
        review(id, "approve", null);
        assertThat(status(id)).isEqualTo("RUNNING");
        return id;
    }

    private static String status(long id) throws Exception {
        return Db.text("select status from sponsored_campaign where id = ?", id);
    }

    /** A member with a connection who posted enough for the feed to reach the sponsored position. */
    private Person reader(String name) throws Exception {
        Person reader = People.newMember(base, name);
        Person friend = People.newMember(base, name + " Friend");
        People.connect(reader, friend);
        for (int i = 0; i < 12; i++) {
            Db.execute("insert into post (author_id, body, audience, created_at) values (?, ?, 'CONNECTIONS', now() - make_interval(mins => ?))",
                    friend.id(), "Post " + i, i + 1);
        }
        return reader;
    }

    private static List<Element> ads(Page home) {
        return home.document().select(".feed-item.sponsored .sponsored-ad");
    }

    @Test
    void applyApproveCreateReviewRunAndMembersSeeTheLabelledAd() throws Exception {
        Person hopeful = People.newMember(base, "Hopeful Hana");
        assertThat(hopeful.session().get("p/sponsored/index.xhtml").byId("apply-link").orElseThrow().attr("href"))
                .endsWith("/account/capabilities#available-sponsored-advertiser");
        Page missing = hopeful.session().submit(hopeful.session().get("account/capabilities"), "apply-sponsored-advertiser",
                Map.of("note", "I advertise", "answer-organisation", " ", "answer-payer", "x"), "apply");
        assertThat(missing.errors()).contains("Organisation you advertise for: answer this question to apply.");
        assertThat(Db.number("select count(*) from capability_application where member_id = ?", hopeful.id())).isZero();
        assertThat(hopeful.session().get("p/sponsored/edit.xhtml").status()).isEqualTo(403);

        String org = unique("Acme");
        Person acme = advertiser(org);
        Page badUrl = acme.session().submit(acme.session().get("p/sponsored/edit.xhtml"), "campaign",
                fields("Bad", "javascript:alert(1)", 100, 10), "save");
        assertThat(badUrl.errors()).contains("The landing page must be a web address starting with http:// or https://.");
        Page dailyTooHigh = acme.session().submit(acme.session().get("p/sponsored/edit.xhtml"), "campaign",
                fields("Bad", "https://example.org", 100, 101), "save");
        assertThat(dailyTooHigh.errors()).contains("The daily budget cannot be more than the total budget.");

        long id = create(acme, fields(unique("Winter"), base.resolve("p/sponsored/library.xhtml").toString(), 500, 500));
        assertThat(status(id)).isEqualTo("DRAFT");
        submit(acme, id);
        assertThat(status(id)).isEqualTo("REVIEW");
        Page noReason = review(id, "reject", " ");
        assertThat(noReason.errors()).contains("Give a reason");
        review(id, "reject", "The landing page does not match the ad");
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(acme.session().get("p/sponsored/campaign.xhtml?id=" + id).byId("reject-reason").orElseThrow().text())
                .contains("The landing page does not match the ad");
        // a browser also sends the textarea and the select, which the test client does not read from the form
        acme.session().submit(acme.session().get("p/sponsored/edit.xhtml?id=" + id), "campaign",
                Map.of("body", "A <b>better</b> text", "callToAction", "SIGN_UP"), "save");
        assertThat(status(id)).isEqualTo("DRAFT");
        submit(acme, id);
        review(id, "approve", null);
        assertThat(status(id)).isEqualTo("RUNNING");

        Person member = reader("Reader Rita");
        Page home = member.session().get("home");
        List<Element> ads = ads(home);
        assertThat(ads).hasSize(1);
        Element item = ads.get(0).closest(".feed-item");
        assertThat(item.selectFirst(".sponsored-label").text()).isEqualTo("Sponsored");
        assertThat(item.text()).contains("Paid for by " + org + " Ltd", "on behalf of " + org, "Why am I seeing this?",
                "This ad is shown to all members");
        assertThat(item.html()).doesNotContain("<b>").contains("&lt;b&gt;");
        int position = home.document().select(".feed-item").indexOf(item) + 1;
        assertThat(position).isGreaterThanOrEqualTo(4);

        // the click carries only the token: a url parameter is ignored, the stored landing page is where it goes
        String token = ads.get(0).attr("data-token");
        Page landed = member.session().get("p/sponsored/click?i=" + token + "&url=https://evil.example/");
        assertThat(landed.uri().getPath()).startsWith("/p/sponsored/library"); // the library, as the stored landing URL says (Faces drops .xhtml)
        assertThat(member.session().get("p/sponsored/click?i=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(member.session().get("p/sponsored/click?i=https://evil.example/").status()).isEqualTo(404);

        // the report equals the recorded events
        long impressions = Db.number("select count(*) from sponsored_impression where campaign_id = ?", id);
        long clicks = Db.number("select count(*) from sponsored_impression where campaign_id = ? and clicked_at is not null", id);
        assertThat(impressions).isEqualTo(1);
        assertThat(clicks).isEqualTo(1);
        Element totals = acme.session().get("p/sponsored/campaign.xhtml?id=" + id).byId("totals").orElseThrow();
        assertThat(totals.attr("data-impressions")).isEqualTo("1");
        assertThat(totals.attr("data-clicks")).isEqualTo("1");
        assertThat(acme.session().get("p/sponsored/campaign.xhtml?id=" + id).byId("chart").orElseThrow().html()).contains("<svg");
        String csv = acme.session().get("p/sponsored/report.csv?id=" + id).body();
        assertThat(csv).startsWith("day,impressions,reach,clicks").contains(LocalDate.now(ZoneOffset.UTC) + ",1,1,1,100.0,1,1.0");
        setting("min-audience", 100); // a day that reached fewer members than the minimum is not broken down
        assertThat(acme.session().get("p/sponsored/report.csv?id=" + id).body()).contains(LocalDate.now(ZoneOffset.UTC) + ",suppressed");
        setting("min-audience", 1);

        // the public library shows the DSA fields without signing in
        Page library = new WebSession(base).get("p/sponsored/library.xhtml?q=" + org.replace(' ', '+'));
        assertThat(library.status()).isEqualTo(200);
        Element entry = library.byId("ad-" + id).orElseThrow();
        assertThat(entry.text()).contains(org, org + " Ltd", "Headline of", "Ran", "Targeting: none (all members)", "Impressions: 1\u2013999");
    }

    @Test
    void anotherAdvertiserCanNeitherSeeNorTouchACampaign() throws Exception {
        Person owner = advertiser(unique("Owner"));
        Person other = advertiser(unique("Other"));
        long id = create(owner, fields(unique("Mine"), "https://example.org", 100, 10));
        assertThat(other.session().get("p/sponsored/campaign.xhtml?id=" + id).status()).isEqualTo(404);
        assertThat(other.session().get("p/sponsored/edit.xhtml?id=" + id).status()).isEqualTo(404);
        assertThat(other.session().get("p/sponsored/report.csv?id=" + id).status()).isEqualTo(404);
        assertThat(other.session().get("p/sponsored/index.xhtml").byId("campaign-" + id)).isEmpty();
        // the owner's forms posted by the other advertiser change nothing
        Page ownerPage = owner.session().get("p/sponsored/campaign.xhtml?id=" + id);
        assertThat(other.session().submit(ownerPage, "actions", Map.of(), "submit").text()).doesNotContain("Sent to review");
        Page ownerEdit = owner.session().get("p/sponsored/edit.xhtml?id=" + id);
        other.session().submit(ownerEdit, "campaign", Map.of("name", "Taken over"), "save");
        assertThat(other.session().get("p/sponsored/admin/index.xhtml").status()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(Db.text("select name from sponsored_campaign where id = ?", id)).startsWith("Mine");
        // a running campaign of the owner: the other's replayed pause does not pause it
        long running = running(owner, 1000, 1000);
        other.session().submit(owner.session().get("p/sponsored/campaign.xhtml?id=" + running), "actions", Map.of(), "pause");
        assertThat(status(running)).isEqualTo("RUNNING");
    }

    @Test
    void pacingNeverSpendsMoreThanTheTotalUnderEightConcurrentFeedLoads() throws Exception {
        Person advertiser = advertiser(unique("Pace"));
        long id = running(advertiser, 5, 5); // 5 cents: 5 impressions at one cent
        List<Person> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            readers.add(reader("Pace Reader " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CyclicBarrier start = new CyclicBarrier(8);
        try {
            List<Future<Integer>> shown = new ArrayList<>();
            for (Person r : readers) {
                shown.add(pool.submit(() -> {
                    start.await();
                    return ads(r.session().get("home")).size();
                }));
            }
            int rendered = 0;
            for (Future<Integer> f : shown) {
                rendered += f.get();
            }
            long spentMilli = Db.number("select spent_milli from sponsored_campaign where id = ?", id);
            long impressions = Db.number("select count(*) from sponsored_impression where campaign_id = ?", id);
            assertThat(spentMilli).isLessThanOrEqualTo(5 * 1000);
            assertThat(spentMilli).isEqualTo(impressions * 1000);
            assertThat(impressions).isEqualTo(rendered).isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hiddenAdsAndAdvertisersAreNotShownAgainAndTheFrequencyCapHolds() throws Exception {
        setting("frequency-cap", 1);
        Person advertiser = advertiser(unique("Hide"));
        long first = running(advertiser, 1000, 1000);
        Person member = reader("Hider Hugo");
        Page home = member.session().get("home");
        assertThat(ads(home)).hasSize(1);
        // capped at one view a day: a second feed page does not show it
        assertThat(ads(member.session().get("home"))).isEmpty();
        assertThat(Db.number("select count(*) from sponsored_impression where campaign_id = ? and member_id = ?", first, member.id())).isEqualTo(1);

        setting("frequency-cap", 3);
        String token = ads(home).get(0).attr("data-token");
        Page about = member.session().get("p/sponsored/ad.xhtml?i=" + token);
        assertThat(about.text()).contains("Why am I seeing this?");
        assertThat(People.newMember(base, "Stranger Sam").session().get("p/sponsored/ad.xhtml?i=" + token).status()).isEqualTo(404);
        member.session().submit(about, "hide", Map.of(), "hide");
        assertThat(ads(member.session().get("home"))).isEmpty();

        long second = running(advertiser, 1000, 1000);
        Page again = member.session().get("home");
        assertThat(ads(again)).hasSize(1);
        assertThat(ads(again).get(0).attr("data-campaign")).isEqualTo(Long.toString(second));
        Page aboutSecond = member.session().get("p/sponsored/ad.xhtml?i=" + ads(again).get(0).attr("data-token"));
        member.session().submit(aboutSecond, "hide", Map.of(), "hideAdvertiser");
        running(advertiser, 1000, 1000);
        assertThat(ads(member.session().get("home"))).isEmpty();
    }

    @Test
    void reportsPastTheThresholdPauseTheCampaignBackToReview() throws Exception {
        Person advertiser = advertiser(unique("Reported"));
        long id = running(advertiser, 1000, 1000);
        for (int i = 0; i < 2; i++) {
            Person member = reader("Reporter " + i);
            Page home = member.session().get("home");
            Page about = member.session().get("p/sponsored/ad.xhtml?i=" + ads(home).get(0).attr("data-token"));
            Page noReason = member.session().submit(about, "report", Map.of("reason", ""), "send");
            assertThat(noReason.errors()).contains("Choose why you report this ad.");
            member.session().submit(member.session().get("p/sponsored/ad.xhtml?i=" + ads(home).get(0).attr("data-token")),
                    "report", Map.of("reason", "MISLEADING"), "send");
        }
        assertThat(status(id)).isEqualTo("REVIEW");
        assertThat(Db.text("select paused_by from sponsored_campaign where id = ?", id)).isEqualTo("REPORTS");
        Page queue = Members.admin(base).get("p/sponsored/admin/index.xhtml");
        assertThat(queue.byId("review-" + id).orElseThrow().text()).contains("paused by member reports");
    }

    @Test
    void aDisabledPluginShowsNoAdsAndKeepsItsData() throws Exception {
        Person advertiser = advertiser(unique("Off"));
        long id = running(advertiser, 1000, 1000);
        Person member = reader("Off Otto");
        assertThat(ads(member.session().get("home"))).hasSize(1);
        long spent = Db.number("select spent_milli from sponsored_campaign where id = ?", id);
        People.setPluginEnabled(base, "sponsored", false);
        try {
            assertThat(member.session().get("home").document().select(".feed-item.sponsored")).isEmpty();
            assertThat(new WebSession(base).get("p/sponsored/library.xhtml").status()).isEqualTo(404);
            assertThat(status(id)).isEqualTo("RUNNING");
            assertThat(Db.number("select spent_milli from sponsored_campaign where id = ?", id)).isEqualTo(spent);
        } finally {
            People.setPluginEnabled(base, "sponsored", true);
        }
        assertThat(Db.number("select spent_milli from sponsored_campaign where id = ?", id)).isEqualTo(spent);
    }

    @Test
    void aRevokedAdvertiserIsRefusedAtTheNextRequestAndTheirAdsStop() throws Exception {
        String org = unique("Revoked");
        Person advertiser = advertiser(org);
        assertThat(Db.text("select payer from sponsored_advertiser where member_id = ?", advertiser.id())).isEqualTo(org + " Ltd");
        long id = running(advertiser, 1000, 1000);
        assertThat(ads(reader("Before Revoke").session().get("home"))).hasSize(1);
        WebSession admin = Members.admin(base);
        admin.submit(admin.get("admin/capabilities"), "revoke-sponsored-advertiser-" + advertiser.id(), Map.of("reason", "Unpaid invoices"), "revoke");
        assertThat(advertiser.session().get("p/sponsored/campaign.xhtml?id=" + id).status()).isEqualTo(403);
        assertThat(advertiser.session().get("p/sponsored/edit.xhtml").status()).isEqualTo(403);
        assertThat(advertiser.session().get("p/sponsored/index.xhtml").byId("campaigns")).isEmpty();
        assertThat(ads(reader("After Revoke").session().get("home"))).isEmpty();
    }

    /** A reader sharing a skill and a location with all members, with the targeting purpose on, off (explicitly) or never answered. */
    private Person targetable(String name, String skill, String location, Boolean targetingOn) throws Exception {
        Person person = reader(name);
        Db.execute("update profile set location = ?, location_visibility = 'MEMBERS', skills_visibility = 'MEMBERS' where member_id = ?",
                location, person.id());
        Db.execute("insert into skill (normalised, name) values (lower(?), ?) on conflict (normalised) do nothing", skill, skill);
        Db.execute("insert into member_skill (member_id, skill_id) select ?, id from skill where normalised = lower(?)", person.id(), skill);
        if (targetingOn != null) {
            Db.execute("insert into fact_consent (member_id, purpose, allowed, changed_at) values (?, 'sponsored.targeting', ?, now())",
                    person.id(), targetingOn);
        }
        return person;
    }

    @Test
    void targetingMatchesOnlyMembersWhoAllowedItOrWithinAFacetAndAcross() throws Exception {
        String kotlin = unique("Kotlin").replace(' ', '-');
        String scala = unique("Scala").replace(' ', '-');
        String town = unique("Lecco");
        Person kotliner = targetable("Kotlin Kai", kotlin, town, true);
        Person scalist = targetable("Scala Sue", scala, town, true);
        Person elsewhere = targetable("Far Fay", kotlin, unique("Bergamo"), true);
        Person silent = targetable("Silent Sid", kotlin, town, null);
        Person refused = targetable("Refusing Rob", kotlin, town, false);
        Person advertiser = advertiser(unique("Target"));
        Map<String, String> targeted = fields(unique("Targeted"), "https://example.org", 1000, 1000);
        targeted.putAll(Map.of("skills", kotlin + ", " + scala, "locations", town));
        long id = create(advertiser, targeted);
        assertThat(advertiser.session().get("p/sponsored/edit.xhtml?id=" + id).byId("campaign:audience").orElseThrow().text())
                .isEqualTo("about 2 members");
        submit(advertiser, id);
        review(id, "approve", null);
        assertThat(status(id)).isEqualTo("RUNNING");

        Element kaiAd = ads(kotliner.session().get("home")).get(0).closest(".feed-item");
        assertThat(kaiAd.text()).contains("Skills: " + kotlin, "Location: " + town).doesNotContain(scala);
        assertThat(ads(scalist.session().get("home"))).as("OR within the skills facet").hasSize(1);
        assertThat(ads(elsewhere.session().get("home"))).as("AND across facets").isEmpty();
        assertThat(ads(silent.session().get("home"))).as("targeting never turned on").isEmpty();
        assertThat(ads(refused.session().get("home"))).as("targeting turned off").isEmpty();

        Db.execute("update fact_consent set allowed = true where member_id = ? and purpose = 'sponsored.targeting'", refused.id());
        assertThat(ads(refused.session().get("home"))).as("turned on: matched on the next page").hasSize(1);
        Db.execute("update fact_consent set allowed = false where member_id = ? and purpose = 'sponsored.targeting'", kotliner.id());
        assertThat(ads(kotliner.session().get("home"))).as("turned off again").isEmpty();
    }

    @Test
    void theLanguagesFacetMatchesTheLanguageOfTheMembersPages() throws Exception {
        Person italian = targetable("Italo Italiano", unique("Any").replace(' ', '-'), unique("Pavia"), true);
        Person english = targetable("Ernest English", unique("Any").replace(' ', '-'), unique("Pavia"), true);
        Person unwilling = targetable("Ugo Unwilling", unique("Any").replace(' ', '-'), unique("Pavia"), false);
        Db.execute("update member set language = 'it' where id in (?, ?)", italian.id(), unwilling.id());
        Person advertiser = advertiser(unique("Lingua"));
        Map<String, String> targeted = fields(unique("Italian speakers"), "https://example.org", 1000, 1000);
        targeted.put("languages", "Italian");
        long id = create(advertiser, targeted);
        assertThat(advertiser.session().get("p/sponsored/edit.xhtml?id=" + id).byId("campaign:audience").orElseThrow().text())
                .startsWith("about ");
        submit(advertiser, id);
        review(id, "approve", null);
        assertThat(ads(italian.session().get("home")).get(0).closest(".feed-item").text()).contains("Languages: Italian");
        assertThat(ads(english.session().get("home"))).as("another language").isEmpty();
        assertThat(ads(unwilling.session().get("home"))).as("targeting turned off").isEmpty();
    }

    @Test
    void aCampaignBelowTheMinimumAudienceIsRefusedAndItsSizeNeverShown() throws Exception {
        String rare = unique("Cobol").replace(' ', '-');
        targetable("Rare Rosa", rare, unique("Como"), true);
        setting("min-audience", 100);
        try {
            Person advertiser = advertiser(unique("Small"));
            Map<String, String> narrow = fields(unique("Narrow"), "https://example.org", 1000, 1000);
            narrow.put("skills", rare);
            long id = create(advertiser, narrow);
            assertThat(advertiser.session().get("p/sponsored/edit.xhtml?id=" + id).byId("campaign:audience").orElseThrow().text())
                    .isEqualTo("fewer than 100 members: too few to send to review");
            Page refused = submit(advertiser, id);
            assertThat(refused.errors()).contains("The targeting matches fewer than 100 members: widen it before sending the campaign to review.");
            assertThat(status(id)).isEqualTo("DRAFT");
        } finally {
            setting("min-audience", 1);
        }
    }

    @Test
    void aMembersSponsoredDataIsExportedAndErasedWithTheAccountWhileTheLibraryKeepsTheAd() throws Exception {
        String org = unique("Gone");
        Person advertiser = advertiser(org);
        long shown = running(advertiser, 1000, 1000);
        long draft = create(advertiser, fields(unique("Never shown"), "https://example.org", 100, 10));
        Person member = reader("Leaving Lea");
        String token = ads(member.session().get("home")).get(0).attr("data-token");
        member.session().submit(member.session().get("p/sponsored/ad.xhtml?i=" + token), "report", Map.of("reason", "MISLEADING"), "send");

        Map<String, String> mine = unzip(DataExports.download(member.session(), member.id()));
        assertThat(mine.get("plugins/sponsored/ads-shown.json")).contains("\"campaign_id\":" + shown).contains(org);
        assertThat(mine.get("plugins/sponsored/reports.json")).contains("MISLEADING");
        assertThat(mine.get("plugins/sponsored/hidden.json")).contains("\"hidden\":\"AD\"", "\"campaign_id\":" + shown);
        assertThat(mine.get("plugins/sponsored/choices.json")).contains("\"sponsored_content_off\":false", "\"targeting_on\":false");
        Map<String, String> theirs = unzip(DataExports.download(advertiser.session(), advertiser.id()));
        assertThat(theirs.get("plugins/sponsored/advertiser.json")).contains(org, org + " Ltd");
        assertThat(theirs.get("plugins/sponsored/campaigns.json")).contains("\"id\":" + shown, "\"id\":" + draft, "Never shown");

        for (Person leaving : List.of(member, advertiser)) {
            leaving.session().submit(leaving.session().get("account/data"), "delete", Map.of("password", Members.PASSWORD), "submit");
            Db.execute("update account_deletion set due_at = now() - interval '1 second' where member_id = ? and cancelled_at is null", leaving.id());
        }
        Awaitility.await().atMost(Duration.ofSeconds(40)).until(() ->
                Db.number("select count(*) from member where id in (?, ?)", member.id(), advertiser.id()) == 0);

        for (String table : List.of("sponsored_advertiser", "sponsored_impression", "sponsored_ad_report", "sponsored_hidden_campaign",
                "sponsored_hidden_advertiser", "sponsored_member_choice")) {
            assertThat(Db.number("select count(*) from " + table + " where member_id in (?, ?)", member.id(), advertiser.id())).as(table).isZero();
        }
        assertThat(Db.number("select count(*) from sponsored_campaign where advertiser_id = ?", advertiser.id())).isZero();
        assertThat(Db.number("select count(*) from sponsored_campaign where id = ?", draft)).as("never shown: nothing to keep").isZero();
        assertThat(status(shown)).isEqualTo("ENDED");
        assertThat(Db.text("select name from sponsored_campaign where id = ?", shown)).isEqualTo("Campaign " + shown);
        // the figures stay: one impression of one (unnamed) member, one report
        assertThat(Db.number("select count(distinct member_id) from sponsored_impression where campaign_id = ? and member_id < 0", shown)).isEqualTo(1);
        assertThat(Db.number("select count(*) from sponsored_ad_report where campaign_id = ?", shown)).isEqualTo(1);
        Element entry = new WebSession(base).get("p/sponsored/library.xhtml?q=" + org.replace(' ', '+')).byId("ad-" + shown).orElseThrow();
        assertThat(entry.text()).contains(org, org + " Ltd", "Headline of", "Impressions: 1\u2013999", "Reach: 1\u2013999");
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
}
