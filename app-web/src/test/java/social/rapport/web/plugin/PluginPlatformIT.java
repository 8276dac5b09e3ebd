package social.rapport.web.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
        return Deployments.rapportWithTestPlugins("before-restart.war");
    }

    @Deployment(name = "after-restart", managed = false, testable = false)
    static WebArchive afterRestart() {
        return Deployments.rapportWithTestPlugins("after-restart.war");
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
    void restart() {
        deployer.undeploy("before-restart");
        deployer.deploy("after-restart");
    }

    @Test
    @Order(8)
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
    @Order(9)
    void shutdown() {
        deployer.undeploy("after-restart");
    }

    /** The name of a plugin's button (Enable or Disable) in the admin form. */
    static String button(Page plugins, String pluginId, String label) {
        return plugins.byId("plugin-" + pluginId).orElseThrow().selectFirst("input[value=" + label + "]").attr("name");
    }
}
