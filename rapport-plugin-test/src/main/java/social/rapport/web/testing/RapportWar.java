package social.rapport.web.testing;

import java.io.File;
import java.util.ServiceLoader;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR, as {@code mvn package} built it in app-web (every shipped plugin inside), found
 * through the system property {@code rapport.test.war} that failsafe sets.
 */
public final class RapportWar {

    private RapportWar() {
    }

    /** The WAR under {@code archiveName} (Arquillian needs distinct names for two deployments of one class). */
    public static WebArchive load(String archiveName) {
        File war = new File(System.getProperty("rapport.test.war", "target/rapport.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after app-web's package phase");
        }
        return ShrinkWrap.create(ZipImporter.class, archiveName).importFrom(war).as(WebArchive.class);
    }

    /** The WAR with the test-only jars of every {@link TestArchive} on the classpath. */
    public static WebArchive withTestArchives(String archiveName) {
        WebArchive war = load(archiveName);
        for (TestArchive extra : ServiceLoader.load(TestArchive.class)) {
            war.addAsLibrary(extra.archive());
        }
        return war;
    }
}
