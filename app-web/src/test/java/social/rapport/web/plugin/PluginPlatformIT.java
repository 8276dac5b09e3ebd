package social.rapport.web.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import social.rapport.web.testing.Browser;
import social.rapport.web.testing.Db;
import social.rapport.web.testing.Deployments;
import social.rapport.web.testing.Members;
import social.rapport.web.testing.RapportIT;
import social.rapport.web.testing.WebSession;
import social.rapport.web.testing.WebSession.Page;

/**
 * The plugin platform on the real WAR with the test-only plugins (probe, faulty, future): the
 * admin switches plugins on and off, the effect is immediate and recorded, incompatible and
 * failing plugins are contained, and the state survives a restart of the server (the same WAR
 * deployed into a second Payara Micro process on the same database).
 */
@RapportIT
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginPlatformIT {

    static final String PROBE_PAGE = "p/probe/index.xhtml";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "before-restart", managed = false, testable = false)
    static WebArchive beforeRestart() {
        return Deployments.rapportWithTestPlugins("before-restart.war").addAsLibrary(spoofJar());
    }

    @Deployment(name = "after-restart", managed = false, testable = false)
    static WebArchive afterRestart() {
        return Deployments.rapportWithTestPlugins("after-restart.war").addAsLibrary(spoofJar());
    }

    @Test
    @Order(1)
    void boot() throws Exception {
        // Other test classes share the database and may have switched plugins: start as a fresh install.
        Db.execute("do $$ begin if to_regclass('plugin_state') is not null then "
                + "delete from plugin_state_change; delete from plugin_state; end if; end $$");
        deployer.deploy("before-restart");
    }

    @Test
    @Order(2)
    void adminsSeeEveryInstalledPluginAndItsMigrationsRan(@ArquillianResource @OperateOnDeployment("before-restart") URL base)
            throws Exception {
        Page plugins = Members.admin(base.toURI()).get("admin/plugins");

        assertThat(plugins.byId("plugin-probe").orElseThrow().attr("data-state")).isEqualTo("disabled");
        assertThat(plugins.byId("plugin-faulty").orElseThrow().attr("data-state")).isEqualTo("disabled");
        assertThat(plugins.byId("plugin-future").orElseThrow().attr("data-state")).isEqualTo("incompatible");
        assertThat(plugins.byId("plugin-probe").orElseThrow().text()).contains("Probe", "1.0.0", "A test plugin with a menu entry");
        assertThat(plugins.byId("plugin-future").orElseThrow().select("input[value=Enable]").attr("disabled")).isEqualTo("disabled");

        // the plugin's own Flyway location and history table
        assertThat(Db.text("select text from probe_note")).isEqualTo("written by the probe plugin migration");
        assertThat(Db.number("select count(*) from flyway_history_probe where success and version = '1'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void enablingAndDisablingTakeEffectAtOnceAndAreRecorded(@ArquillianResource @OperateOnDeployment("before-restart") URL base)
            throws Exception {
        WebSession admin = Members.admin(base.toURI());
        WebSession member = Members.newMember(base.toURI(), "Marta");
        assertThat(member.get("home").document().select("a.nav-plugin").eachText()).doesNotContain("Probe");
        assertThat(member.get(PROBE_PAGE).status()).isEqualTo(404);

        Page enabled = admin.submit(admin.get("admin/plugins"), "plugins", Map.of(), button(admin.get("admin/plugins"), "probe", "Enable"));
        assertThat(enabled.text()).contains("Plugin probe is enabled");
        assertThat(enabled.byId("plugin-probe").orElseThrow().attr("data-state")).isEqualTo("enabled");
        assertThat(enabled.byId("plugin-probe").orElseThrow().text()).contains("Last change", "Ada Admin");

        // the member's very next request sees it: no restart, no new session
        assertThat(member.get("home").document().select("a.nav-plugin").eachText()).contains("Probe");
        Page probePage = member.get(PROBE_PAGE);
        assertThat(probePage.status()).isEqualTo(200);
        assertThat(probePage.byId("probe-page")).isPresent();

        long adminId = Db.number("select id from member where email = ?", Members.ADMIN);
        assertThat(Db.number("select count(*) from plugin_state where plugin_id = 'probe' and enabled and changed_by = ?", adminId))
                .isEqualTo(1);
        assertThat(Db.number("select count(*) from plugin_state_change where plugin_id = 'probe' and enabled and changed_by = ?", adminId))
                .isEqualTo(1);

        Page plugins = admin.get("admin/plugins");
        admin.submit(plugins, "plugins", Map.of(), button(plugins, "probe", "Disable"));
        assertThat(member.get("home").document().select("a.nav-plugin").eachText()).doesNotContain("Probe");
        assertThat(member.get(PROBE_PAGE).status()).isEqualTo(404);
        assertThat(Db.number("select count(*) from plugin_state_change where plugin_id = 'probe' and not enabled")).isEqualTo(1);
        assertThat(Db.number("select count(*) from probe_note")).as("disabling keeps the plugin's data").isEqualTo(1);

        Page again = admin.get("admin/plugins");
        admin.submit(again, "plugins", Map.of(), button(again, "probe", "Enable"));
        assertThat(member.get(PROBE_PAGE).status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void onlyAdminsCanSwitchPlugins(@ArquillianResource @OperateOnDeployment("before-restart") URL base) throws Exception {
        WebSession admin = Members.admin(base.toURI());
        WebSession member = Members.newMember(base.toURI(), "Nadia");
        Page adminsForm = admin.get("admin/plugins");

        // the member replays the admin's form with their own session: refused, nothing changes
        Page attempt = member.submit(adminsForm, "plugins", Map.of(), button(adminsForm, "probe", "Disable"));
        assertThat(attempt.status()).isEqualTo(403);
        assertThat(Db.number("select count(*) from plugin_state where plugin_id = 'probe' and enabled")).isEqualTo(1);
    }

    @Test
    @Order(5)
    void anIncompatiblePluginNeverRunsEvenIfItsRowSaysEnabled(@ArquillianResource @OperateOnDeployment("before-restart") URL base)
            throws Exception {
        Db.execute("update plugin_state set enabled = true where plugin_id = 'future'");
        try {
            WebSession member = Members.newMember(base.toURI(), "Olga");
            assertThat(member.get("home").document().select("a.nav-plugin").eachText()).doesNotContain("Future");
            assertThat(member.get("p/future/index.xhtml").status()).isEqualTo(404);
            assertThat(Members.admin(base.toURI()).get("admin/plugins").byId("plugin-future").orElseThrow().attr("data-state"))
                    .isEqualTo("incompatible");
        } finally {
            Db.execute("update plugin_state set enabled = false where plugin_id = 'future'");
        }
    }

    @Test
    @Order(6)
    void aThrowingAndAHangingExtensionAreSkippedAndThePageStillRenders(
            @ArquillianResource @OperateOnDeployment("before-restart") URL base) throws Exception {
        WebSession admin = Members.admin(base.toURI());
        Page plugins = admin.get("admin/plugins");
        admin.submit(plugins, "plugins", Map.of(), button(plugins, "faulty", "Enable"));

        // the hanging extension sleeps 60 s; WebSession gives up after 20 s, so this only passes if the core cut it off
        Page home = Members.newMember(base.toURI(), "Paolo").get("home");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.document().select("a.nav-plugin").eachText())
                .contains("Probe", "Faulty but working")
                .doesNotContain("Too late");
        assertThat(admin.get("admin/plugins").byId("plugin-faulty").orElseThrow().text()).contains("Isolated failures since start");
    }

    @Test
    @Order(7)
    void aStuckPluginHoldsAtMostItsBulkheadWhileOthersAndTheCoreKeepWorking(
            @ArquillianResource @OperateOnDeployment("before-restart") URL base) throws Exception {
        WebSession stuck = Members.newMember(base.toURI(), "Stella");
        long stuckId = Db.number("select id from member where display_name = 'Stella' order by id desc limit 1");
        Db.execute("insert into probe_feed (member_id, mode) values (?, 'stuck')", stuckId);
        stuck.get("p/probe/stuck?release=false");
        try {
            // eight pages in a row: each stuck call ignores the interrupt and would keep a server thread for 60 s
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                assertThat(stuck.get("home").status()).isEqualTo(200);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("page %d", i).isLessThan(10_000);
            }
            // the faulty plugin holds its bulkhead (rapport.plugins.bulkhead, 4 overdue calls) and no more threads
            assertThat(Integer.parseInt(stuck.get("p/probe/stuck").body().strip())).isBetween(1, 4);

            // meanwhile another member's page has everything else, quickly
            WebSession other = Members.newMember(base.toURI(), "Ottavio");
            long start = System.nanoTime();
            Page home = other.get("home");
            assertThat(home.status()).isEqualTo(200);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
            // the probe plugin's entry is there; the faulty plugin's own working entry waits for its bulkhead like its other calls
            assertThat(home.document().select("a.nav-plugin").eachText()).contains("Probe").doesNotContain("Faulty but working");
        } finally {
            stuck.get("p/probe/stuck?release=true");
            Db.execute("delete from probe_feed where member_id = ?", stuckId);
        }
    }

    @Test
    @Order(8)
    void anExtensionThatClaimsToBeTheCoresStopsWhenThePluginOfItsJarIsDisabled(
            @ArquillianResource @OperateOnDeployment("before-restart") URL base) throws Exception {
        WebSession admin = Members.admin(base.toURI());
        WebSession member = Members.newMember(base.toURI(), "Sabina");
        assertThat(member.get("home").document().select("a.nav-plugin").eachText()).doesNotContain("Spoofed");

        Page plugins = admin.get("admin/plugins");
        admin.submit(plugins, "plugins", Map.of(), button(plugins, "spoof", "Enable"));
        assertThat(member.get("home").document().select("a.nav-plugin").eachText()).contains("Spoofed");

        Page again = admin.get("admin/plugins");
        admin.submit(again, "plugins", Map.of(), button(again, "spoof", "Disable"));
        assertThat(member.get("home").document().select("a.nav-plugin").eachText())
                .as("its pluginId() says core, but its jar is the spoof plugin's").doesNotContain("Spoofed");
    }

    @Test
    @Order(9)
    void aMissingAndAThrowingFragmentCostOnlyTheirBox(@ArquillianResource @OperateOnDeployment("before-restart") URL base)
            throws Exception {
        WebSession viewer = Members.newMember(base.toURI(), "Fiamma");
        long viewerId = Db.number("select id from member where display_name = 'Fiamma' order by id desc limit 1");
        for (int i = 0; i < 8; i++) {
            Db.execute("insert into post (author_id, body, audience, created_at) values (?, ?, 'EVERYONE', now() - make_interval(mins => ?))",
                    viewerId, "Fiamma's post " + i, 10 + i);
        }
        Db.execute("insert into probe_feed (member_id, mode) values (?, 'fragments')", viewerId);
        long before = failures(base, "probe");

        Page home = viewer.get("home");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.document().select(".feed-item[data-key=fine] .probe-feed-item").text()).isEqualTo("Probe fine item");
        assertThat(home.document().select(".feed-item[data-key=missing], .feed-item[data-key=throwing]")).isEmpty();
        assertThat(home.text()).doesNotContain("before the bug", "a fragment bug");
        assertThat(failures(base, "probe")).as("both broken fragments logged and counted").isGreaterThanOrEqualTo(before + 2);
    }

    /** The failures the admin area counts for a plugin. */
    static long failures(URL base, String pluginId) throws Exception {
        String text = Members.admin(base.toURI()).get("admin/plugins").byId("plugin-" + pluginId).orElseThrow().text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Isolated failures since start:\\s*(\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The spoof plugin, alone in a jar of its own (the registry ties extensions to plugins by their archive). */
    static JavaArchive spoofJar() {
        return ShrinkWrap.create(JavaArchive.class, "spoof-plugin.jar")
                .addPackage("social.rapport.plugins.spoof")
                .addAsManifestResource(PluginPlatformIT.class.getResource("/probe/META-INF/beans.xml"), "beans.xml");
    }

    @Test
    @Order(10)
    void theCoreEnforcesThePageAccessAPluginDeclares(@ArquillianResource @OperateOnDeployment("before-restart") URL base)
            throws Exception {
        WebSession anonymous = new WebSession(base.toURI());
        assertThat(anonymous.get("p/probe/public.xhtml").byId("probe-public")).isPresent();
        Page toSignIn = anonymous.get("p/probe/ads/index.xhtml");
        assertThat(toSignIn.uri().getPath()).as("anonymous visitors are sent to sign in").isEqualTo("/signin");
        assertThat(anonymous.get("p/probe/index.xhtml").uri().getPath()).as("undeclared pages are for members").isEqualTo("/signin");

        WebSession member = Members.newMember(base.toURI(), "Sara");
        assertThat(member.get("p/probe/index.xhtml").status()).isEqualTo(200);
        assertThat(member.get("p/probe/ads/index.xhtml").status()).as("without the capability").isEqualTo(403);
        assertThat(member.get("p/probe/admin/index.xhtml").status()).as("plugin admin pages are for admins").isEqualTo(403);

        WebSession admin = Members.admin(base.toURI());
        assertThat(admin.get("p/probe/admin/index.xhtml").byId("probe-admin-index")).isPresent();
        Page tabs = admin.get("admin/feed");
        assertThat(tabs.byId("tab-probe-admin-index-xhtml").orElseThrow().text()).isEqualTo("Probe admin");
        assertThat(tabs.byId("tab-capabilities")).isPresent();
    }

    @Test
    @Order(11)
    void membersApplyAdminsApproveDeclineAndRevokeAndEveryChangeIsAudited(
            @ArquillianResource @OperateOnDeployment("before-restart") URL base) throws Exception {
        String name = "Vera" + System.nanoTime() % 100000;
        WebSession member = Members.newMember(base.toURI(), name);
        long memberId = Db.number("select id from member where display_name = ?", name);
        Page mine = member.get("account/capabilities");
        assertThat(mine.byId("available-probe-advertiser")).isPresent();
        assertThat(mine.text()).as("a capability declared in another plugin's name is ignored").doesNotContain("Stolen");

        Page empty = member.submit(mine, "apply-probe-advertiser", Map.of("note", "  "), "apply");
        assertThat(empty.errors()).contains("Tell the admins why you apply");
        member.submit(member.get("account/capabilities"), "apply-probe-advertiser", Map.of("note", "I sell probes"), "apply");
        long application = Db.number("select id from capability_application where member_id = ? and status = 'PENDING'", memberId);
        Page twice = member.submit(member.get("account/capabilities"), "apply-probe-advertiser", Map.of("note", "again"), "apply");
        assertThat(twice.errors()).contains("waiting for an answer");

        WebSession admin = Members.admin(base.toURI());
        Page queue = admin.get("admin/capabilities");
        assertThat(queue.byId("application-" + application).orElseThrow().text()).contains(name, "Probe advertiser", "I sell probes");
        // a member replaying the admin's form is refused
        assertThat(member.submit(queue, "decide-" + application, Map.of("answer", "sure"), "approve").status()).isEqualTo(403);
        Page noReason = admin.submit(queue, "decide-" + application, Map.of("answer", ""), "approve");
        assertThat(noReason.errors()).contains("Give a reason");
        admin.submit(admin.get("admin/capabilities"), "decide-" + application, Map.of("answer", "Welcome aboard"), "approve");

        assertThat(member.get("p/probe/ads/index.xhtml").byId("probe-ads-index")).as("the holder's next request").isPresent();
        long adminId = Db.number("select id from member where email = ?", Members.ADMIN);
        assertThat(Db.number("select count(*) from capability_change where member_id = ? and capability = 'probe.advertiser' "
                + "and action = 'GRANT' and changed_by = ? and reason = 'Welcome aboard'", memberId, adminId)).isEqualTo(1);
        assertThat(Db.number("select count(*) from notification where recipient_id = ? and type = 'capability.decided'", memberId))
                .isEqualTo(1);
        assertThat(member.get("account/capabilities").byId("capabilities-held").orElseThrow().text()).contains("Probe advertiser");

        Page holders = admin.get("admin/capabilities");
        admin.submit(holders, "revoke-probe-advertiser-" + memberId, Map.of("reason", "Campaigns ended"), "revoke");
        assertThat(member.get("p/probe/ads/index.xhtml").status()).as("a revoke applies at the next request").isEqualTo(403);
        assertThat(admin.get("admin/capabilities").byId("capability-history").orElseThrow().text())
                .contains("revoked", name, "Campaigns ended");

        // a declined application: the member reads the answer
        member.submit(member.get("account/capabilities"), "apply-probe-advertiser", Map.of("note", "Once more"), "apply");
        long second = Db.number("select id from capability_application where member_id = ? and status = 'PENDING'", memberId);
        admin.submit(admin.get("admin/capabilities"), "decide-" + second, Map.of("answer", "Not this time"), "decline");
        assertThat(member.get("account/capabilities").byId("application-" + second).orElseThrow().text())
                .contains("Declined", "Not this time");
        assertThat(member.get("p/probe/ads/index.xhtml").status()).isEqualTo(403);

        // suspended members hold nothing; a disabled plugin's pages are 404 even for a holder
        WebSession holder = Members.newMember(base.toURI(), name + "h");
        long holderId = Db.number("select id from member where display_name = ?", name + "h");
        admin.submit(admin.get("admin/capabilities"), "grant-probe-advertiser",
                Map.of("handle", Db.text("select handle from profile where member_id = ?", holderId), "reason", "Trusted"), "grant");
        assertThat(holder.get("p/probe/ads/index.xhtml").status()).isEqualTo(200);
        Page plugins = admin.get("admin/plugins");
        admin.submit(plugins, "plugins", Map.of(), button(plugins, "probe", "Disable"));
        try {
            assertThat(holder.get("p/probe/ads/index.xhtml").status()).isEqualTo(404);
            assertThat(holder.get("account/capabilities").text()).doesNotContain("Probe advertiser");
        } finally {
            Page again = admin.get("admin/plugins");
            admin.submit(again, "plugins", Map.of(), button(again, "probe", "Enable"));
        }
    }

    @Test
    @Order(12)
    void pluginSettingsAreValidatedAuditedAndReadThroughTheSpi(@ArquillianResource @OperateOnDeployment("before-restart") URL base)
            throws Exception {
        WebSession admin = Members.admin(base.toURI());
        Page settings = admin.get("admin/plugin-settings?plugin=probe");
        assertThat(settings.text()).contains("Probe limit", "How many probes at most", "From 1 to 50")
                .as("a setting declared in the probe's name from the spoof plugin's jar").doesNotContain("Spoofed limit");
        assertThat(admin.get("p/probe/facts?purpose=probe.targeting&members=1").body()).contains("limit=10");

        Page tooLarge = admin.submit(settings, "settings", Map.of("limit", "99", "loud", "false"), "save");
        assertThat(tooLarge.byId("settings").orElseThrow().select(".field-error").text()).contains("above the largest");
        assertThat(Db.number("select count(*) from plugin_setting where plugin_id = 'probe'")).isZero();

        admin.submit(admin.get("admin/plugin-settings?plugin=probe"), "settings", Map.of("limit", "25", "loud", "false"), "save");
        assertThat(admin.get("p/probe/facts?purpose=probe.targeting&members=1").body()).contains("limit=25");
        long adminId = Db.number("select id from member where email = ?", Members.ADMIN);
        assertThat(Db.number("select count(*) from plugin_setting_change where plugin_id = 'probe' and key = 'limit' "
                + "and old_value = '10' and new_value = '25' and changed_by = ?", adminId)).isEqualTo(1);
        assertThat(admin.get("admin/plugin-settings?plugin=probe").byId("settings-history").orElseThrow().text()).contains("limit", "25");
        assertThat(Members.newMember(base.toURI(), "Ugo").get("admin/plugin-settings?plugin=probe").status()).isEqualTo(403);
        Db.execute("delete from plugin_setting where plugin_id = 'probe'");
    }

    @Test
    @Order(13)
    void aPluginReadsOnlyFactsTheMemberAllowedAndMayAlreadySee(@ArquillianResource @OperateOnDeployment("before-restart") URL base)
            throws Exception {
        String tag = String.valueOf(System.nanoTime() % 100000);
        WebSession on = Members.newMember(base.toURI(), "Factson" + tag);
        WebSession off = Members.newMember(base.toURI(), "Factsoff" + tag);
        WebSession hidden = Members.newMember(base.toURI(), "Factshidden" + tag);
        long onId = Db.number("select id from member where display_name = ?", "Factson" + tag);
        long offId = Db.number("select id from member where display_name = ?", "Factsoff" + tag);
        long hiddenId = Db.number("select id from member where display_name = ?", "Factshidden" + tag);
        for (long id : new long[] {onId, offId, hiddenId}) {
            Db.execute("update profile set location = 'Milan', location_visibility = 'MEMBERS', skills_visibility = 'MEMBERS' where member_id = ?", id);
            Db.execute("insert into skill (normalised, name) values ('probing', 'Probing') on conflict do nothing");
            Db.execute("insert into member_skill (member_id, skill_id) select ?, id from skill where normalised = 'probing'", id);
        }
        Db.execute("update profile set location_visibility = 'CONNECTIONS' where member_id = ?", hiddenId);
        String ask = "p/probe/facts?purpose=probe.targeting&members=" + onId + "," + offId + "," + hiddenId;

        assertThat(on.get(ask).body()).as("targeting is off until the member turns it on").doesNotContain(onId + "|");
        Page dataUse = on.get("account/data-use");
        assertThat(dataUse.byId("purpose-probe-targeting").orElseThrow().attr("data-on")).isEqualTo("false");
        assertThat(dataUse.byId("purpose-probe-targeting").orElseThrow().text()).contains("Choose the probe items you see", "skills", "location");
        turn(on, true);
        turn(hidden, true);
        assertThat(on.get("account/data-use").byId("purpose-probe-targeting").orElseThrow().attr("data-on")).isEqualTo("true");

        String body = on.get(ask).body();
        assertThat(body).contains(onId + "|Probing|Milan").contains(hiddenId + "|Probing|null").doesNotContain(offId + "|");
        assertThat(on.get("p/probe/facts?purpose=probe.unknown&members=" + onId).body()).doesNotContain(onId + "|");

        turn(on, false);
        assertThat(on.get(ask).body()).as("turned off again").doesNotContain(onId + "|");
        assertThat(Db.number("select count(*) from fact_consent where member_id = ? and purpose = 'probe.targeting' and not allowed", onId))
                .isEqualTo(1);
    }

    @Test
    @Order(14)
    void journeyAMemberAppliesAnAdminApprovesAndTheMemberTurnsOnTargeting(
            @ArquillianResource @OperateOnDeployment("before-restart") URL base) throws Exception {
        String email = Members.uniqueEmail("journey");
        new WebSession(base.toURI()).signUp(email, "Jonas Journey", Members.PASSWORD);
        long memberId = Db.number("select id from member where email = ?", email);
        try (Browser member = new Browser(base.toString())) {
            signIn(member, email);
            member.open("account/password").click("#account-capabilities");
            member.type("#apply-probe-advertiser\\:note", "I run the probe shop").click("#apply-probe-advertiser\\:apply");
            assertThat(member.text("#applications")).contains("Probe advertiser", "Waiting for an answer");
            member.screenshot("spi2-applied");
        }
        long application = Db.number("select id from capability_application where member_id = ? and status = 'PENDING'", memberId);
        try (Browser admin = new Browser(base.toString())) {
            Members.admin(base.toURI()); // makes sure the admin account exists
            signIn(admin, Members.ADMIN);
            admin.open("admin/plugins").click("#tab-capabilities");
            assertThat(admin.text("#application-" + application)).contains("Jonas Journey", "I run the probe shop");
            admin.type("#decide-" + application + "\\:answer", "Welcome").click("#decide-" + application + "\\:approve");
            assertThat(admin.text(".messages")).contains("approved");
            assertThat(admin.text("#capability-probe-advertiser")).contains("Jonas Journey");
            admin.screenshot("spi2-approved");
        }
        try (Browser member = new Browser(base.toString())) {
            signIn(member, email);
            member.open("p/probe/ads/index.xhtml");
            assertThat(member.present("#probe-ads-index")).isTrue();
            member.open("account/password").click("#account-data-use");
            assertThat(member.find("#purpose-probe-targeting").getAttribute("data-on")).isEqualTo("false");
            member.click("#purpose-probe-targeting input[id$='turn-on']");
            assertThat(member.find("#purpose-probe-targeting").getAttribute("data-on")).isEqualTo("true");
            assertThat(member.text(".messages")).contains("Your choice is saved");
            member.screenshot("spi2-consent");
        }
        assertThat(Db.number("select count(*) from fact_consent where member_id = ? and purpose = 'probe.targeting' and allowed", memberId))
                .isEqualTo(1);
    }

    private static void signIn(Browser browser, String email) {
        browser.open("signin").type("#signin\\:email", email).type("#signin\\:password", Members.PASSWORD).click("#signin\\:submit");
        assertThat(browser.path()).isEqualTo("/home");
        Members.forgetSignInAttempts(email);
    }

    /** Presses the probe purpose's button on the member's "How my data is used" page. */
    private static void turn(WebSession member, boolean on) {
        Page page = member.get("account/data-use");
        var card = page.byId("purpose-probe-targeting").orElseThrow();
        String form = card.selectFirst("form").attr("id");
        member.submit(page, form, Map.of(), card.selectFirst("input[id$=" + (on ? "turn-on" : "turn-off") + "]").attr("name"));
    }

    @Test
    @Order(20)
    void restart() {
        deployer.undeploy("before-restart");
        deployer.deploy("after-restart");
    }

    @Test
    @Order(21)
    void theStateSurvivesTheRestart(@ArquillianResource @OperateOnDeployment("after-restart") URL base) throws Exception {
        WebSession member = Members.newMember(base.toURI(), "Rita");
        assertThat(member.get("home").document().select("a.nav-plugin").eachText()).contains("Probe", "Faulty but working");
        assertThat(member.get(PROBE_PAGE).status()).isEqualTo(200);
        assertThat(Members.admin(base.toURI()).get("admin/plugins").byId("plugin-probe").orElseThrow().attr("data-state"))
                .isEqualTo("enabled");
        // leave the shared test database as the other test classes expect it
        Db.execute("update plugin_state set enabled = false where plugin_id = 'faulty'");
    }

    @Test
    @Order(22)
    void shutdown() {
        deployer.undeploy("after-restart");
    }

    /** The name of a plugin's button (Enable or Disable) in the admin form. */
    static String button(Page plugins, String pluginId, String label) {
        return plugins.byId("plugin-" + pluginId).orElseThrow().selectFirst("input[value=" + label + "]").attr("name");
    }
}
