package social.rapport.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through our own Faces page ({@code /signin}), validated by the core's
 * MemberIdentityStore. A visitor who opens a members' page is sent to the sign-in page and,
 * once signed in, back to where they were going.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin", errorPage = "", useForwardToLogin = false))
@FacesConfig
@ApplicationScoped
public class SignInMechanism {
}
