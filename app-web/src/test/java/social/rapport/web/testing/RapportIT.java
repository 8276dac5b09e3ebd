package social.rapport.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test: the test database and the SMTP server ({@link TestMail}) are
 * prepared first, then Arquillian boots Payara Micro with the deployment. The order of the two extensions matters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabase.class)
@ExtendWith(TestMail.class)
@ExtendWith(ArquillianExtension.class)
public @interface RapportIT {
}
