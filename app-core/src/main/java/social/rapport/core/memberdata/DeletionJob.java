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
 * Carries out due account deletions every {@code rapport.accounts.deletion-poll-seconds}. Not
 * persistent: each instance runs its own timer, and the row lock of the claim keeps two from
 * erasing the same member.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeletionJob extends PollingJob {

    @Inject
    AccountDeletion deletion;

    @Inject
    @ConfigProperty(name = "rapport.accounts.deletion-poll-seconds", defaultValue = "600")
    int pollSeconds;

    @PostConstruct
    void start() {
        every(pollSeconds, "account-deletion");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        round(() -> {
            for (int i = 0; i < 20 && deletion.eraseNextDue(); i++) {
                // one member per transaction
            }
        }, "Account deletion round failed; it is retried next round");
    }
}
