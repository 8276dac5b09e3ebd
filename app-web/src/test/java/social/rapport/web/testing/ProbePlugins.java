package social.rapport.web.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The test-only plugins of {@code social.rapport.plugins.probe}, one jar every app-web IT deployment gets. */
public class ProbePlugins implements TestArchive {

    private static final String[] RESOURCES = {
        "META-INF/resources/p/probe/index.xhtml",
        "META-INF/resources/p/probe/profile-section.xhtml",
        "META-INF/resources/p/probe/public.xhtml",
        "META-INF/resources/p/probe/ads/index.xhtml",
        "META-INF/resources/p/probe/admin/index.xhtml",
        "META-INF/resources/p/probe/feed-item.xhtml",
        "META-INF/resources/p/probe/throwing-item.xhtml",
        "db/migration/probe/V1__probe_notes.sql",
        "db/migration/probe/V2__probe_connections.sql",
        "db/migration/probe/V3__probe_feed.sql",
    };

    @Override
    public JavaArchive archive() {
        JavaArchive plugins = ShrinkWrap.create(JavaArchive.class, "probe-plugins.jar")
                .addPackages(true, "social.rapport.plugins.probe")
                .addAsManifestResource(ProbePlugins.class.getResource("/probe/META-INF/beans.xml"), "beans.xml");
        for (String resource : RESOURCES) {
            plugins.addAsResource(ProbePlugins.class.getResource("/probe/" + resource), resource);
        }
        return plugins;
    }
}
