package social.rapport.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the real WAR that {@code mvn package} built, plus the
 * test-only plugins of {@code social.rapport.plugins.probe} as one more jar in WEB-INF/lib,
 * exactly as a plugin module would ship.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive rapportWithTestPlugins() {
        return rapportWithTestPlugins("rapport.war");
    }

    /** The same, under another archive name (Arquillian needs distinct names for two deployments of one class). */
    public static WebArchive rapportWithTestPlugins(String archiveName) {
        File war = new File(System.getProperty("rapport.test.war", "target/rapport.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after mvn package");
        }
        JavaArchive plugins = ShrinkWrap.create(JavaArchive.class, "probe-plugins.jar")
                .addPackages(true, "social.rapport.plugins.probe")
                .addAsManifestResource(Deployments.class.getResource("/probe/META-INF/beans.xml"), "beans.xml")
                .addAsResource(Deployments.class.getResource("/probe/META-INF/resources/p/probe/index.xhtml"),
                        "META-INF/resources/p/probe/index.xhtml")
                .addAsResource(Deployments.class.getResource("/probe/META-INF/resources/p/probe/profile-section.xhtml"),
                        "META-INF/resources/p/probe/profile-section.xhtml")
                .addAsResource(Deployments.class.getResource("/probe/db/migration/probe/V1__probe_notes.sql"),
                        "db/migration/probe/V1__probe_notes.sql")
                .addAsResource(Deployments.class.getResource("/probe/db/migration/probe/V2__probe_connections.sql"),
                        "db/migration/probe/V2__probe_connections.sql")
                .addAsResource(Deployments.class.getResource("/probe/META-INF/resources/p/probe/public.xhtml"),
                        "META-INF/resources/p/probe/public.xhtml")
                .addAsResource(Deployments.class.getResource("/probe/META-INF/resources/p/probe/ads/index.xhtml"),
                        "META-INF/resources/p/probe/ads/index.xhtml")
                .addAsResource(Deployments.class.getResource("/probe/META-INF/resources/p/probe/admin/index.xhtml"),
                        "META-INF/resources/p/probe/admin/index.xhtml")
                .addAsResource(Deployments.class.getResource("/probe/META-INF/resources/p/probe/feed-item.xhtml"),
                        "META-INF/resources/p/probe/feed-item.xhtml")
                .addAsResource(Deployments.class.getResource("/probe/db/migration/probe/V3__probe_feed.sql"),
                        "db/migration/probe/V3__probe_feed.sql");
        return ShrinkWrap.create(ZipImporter.class, archiveName).importFrom(war).as(WebArchive.class).addAsLibrary(plugins);
    }
}
