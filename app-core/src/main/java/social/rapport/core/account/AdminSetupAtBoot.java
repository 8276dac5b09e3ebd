package social.rapport.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import social.rapport.core.mail.PublicUrl;

/** At deployment, after the migrations: while no admin exists, logs a new one-time setup link. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class AdminSetupAtBoot {

    private static final Logger LOG = Logger.getLogger(AdminSetupAtBoot.class.getName());

    @Inject
    AdminSetup setup;

    @Inject
    PublicUrl publicUrl;

    @PostConstruct
    void offerSetupLinkWhenNoAdmin() {
        setup.issueIfNoAdmin().ifPresent(token -> LOG.warning(() -> "No administrator yet. Sign up, confirm your email, then open "
                + "this one-time link within 24 hours to make your account the administrator: "
                + publicUrl.link("/admin/setup?token=" + token)));
    }
}
