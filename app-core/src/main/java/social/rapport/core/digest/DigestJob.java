package social.rapport.core.digest;

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
 * Sends the weekly digests that are due, every {@code rapport.digest.poll-seconds}. Not
 * persistent: each instance runs its own timer, and the row lock of {@link DigestDelivery}'s
 * claim keeps two from writing to the same member.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DigestJob extends PollingJob {

    @Inject
    DigestDelivery delivery;

    @Inject
    @ConfigProperty(name = "rapport.digest.poll-seconds", defaultValue = "900")
    int pollSeconds;

    @PostConstruct
    void start() {
        every(pollSeconds, "weekly-digest");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        round(() -> {
            delivery.scheduleNewMembers();
            for (int i = 0; i < 200 && delivery.sendNext(); i++) {
                // one member per transaction
            }
        }, "Digest round failed; the members still due are retried next round");
    }
}
