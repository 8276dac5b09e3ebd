package social.rapport.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test: the test database and the SMTP server ({@link TestMail}) are
 * prepared first, then Arquillian boots Payara Micro with the deployment. The order of the
 * extensions matters.
 *
 * <p>A class that declares no {@code @Deployment} method gets one generated
 * ({@link RapportDeployment}): the real WAR ({@link RapportWar}), the test-only jars every
 * {@link TestArchive} contributes, and the {@link #classes()} listed here, tested as a client
 * (no {@code @RunAsClient} needed). Its address: {@code @ArquillianResource URI base;}. So an IT
 * starts with two lines:
 * <pre>
 * &#64;RapportIT(classes = EventsTestTrigger.class)
 * class EventsIT {
 *     &#64;ArquillianResource
 *     URI base;
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabase.class)
@ExtendWith(TestMail.class)
@ExtendWith(ArquillianExtension.class)
public @interface RapportIT {

    /** Test-only classes (trigger servlets, say) added to the generated deployment's WEB-INF/classes. */
    Class<?>[] classes() default {};
}
