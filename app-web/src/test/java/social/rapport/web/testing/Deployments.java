package social.rapport.web.testing;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What app-web's integration tests deploy when they build their deployment themselves: the real
 * WAR plus the test-only plugins of {@code social.rapport.plugins.probe} ({@link ProbePlugins})
 * as one more jar in WEB-INF/lib, exactly as a plugin module would ship. A class without a
 * {@code @Deployment} method gets the same from {@link RapportIT}.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive rapportWithTestPlugins() {
        return rapportWithTestPlugins("rapport.war");
    }

    /** The same, under another archive name (Arquillian needs distinct names for two deployments of one class). */
    public static WebArchive rapportWithTestPlugins(String archiveName) {
        return RapportWar.withTestArchives(archiveName);
    }
}
