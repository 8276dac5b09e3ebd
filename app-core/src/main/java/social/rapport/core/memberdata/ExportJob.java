package social.rapport.core.memberdata;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.core.platform.PollingJob;

/**
 * Builds requested data exports every {@code rapport.accounts.export-poll-seconds}, and drops
 * expired ones. Not persistent: each instance runs its own timer, and the claim of
 * {@link ExportBuilder} keeps two from building the same export.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExportJob extends PollingJob {

    @Inject
    ExportBuilder builder;

    @Inject
    @ConfigProperty(name = "rapport.accounts.export-poll-seconds", defaultValue = "10")
    int pollSeconds;

    @PostConstruct
    void start() {
        every(pollSeconds, "member-export");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        round(() -> {
            builder.expireOld();
            for (int i = 0; i < 5; i++) {
                var claimed = builder.claimNext();
                if (claimed.isEmpty()) {
                    break;
                }
                builder.build(claimed.get());
            }
        }, "Export round failed; waiting requests are tried next round");
    }
}
