package social.rapport.web.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of a {@link RapportIT} class that declares no {@code @Deployment} method:
 * {@link RapportWar#withTestArchives} plus the annotation's classes, tested as a client.
 * Arquillian finds it through {@code META-INF/services} (its automatic-deployment SPI).
 */
public class RapportDeployment implements AutomaticDeployment {

    @Override
    public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
        RapportIT it = testClass.getJavaClass().getAnnotation(RapportIT.class);
        if (it == null || testClass.getMethods(Deployment.class).length > 0) {
            return null; // not ours, or the class builds its own deployment
        }
        WebArchive war = RapportWar.withTestArchives("rapport.war");
        for (Class<?> extra : it.classes()) {
            war.addClass(extra);
        }
        return new DeploymentConfiguration.DeploymentContentBuilder(war)
                .withDeployment().withTestable(false).build()
                .get();
    }
}
