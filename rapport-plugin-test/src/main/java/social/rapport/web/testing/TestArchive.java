package social.rapport.web.testing;

import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * A test-only jar that every generated deployment ({@link RapportDeployment}) gets in
 * WEB-INF/lib, for example app-web's probe plugins. Registered with the JDK's service loader
 * ({@code META-INF/services/social.rapport.web.testing.TestArchive}) on the test classpath.
 */
public interface TestArchive {

    JavaArchive archive();
}
