package social.rapport.web.network;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.connection.Moderation;
import social.rapport.core.connection.Warning;
import social.rapport.web.platform.Messages;

/** Warnings from the admins, shown on the member's home page until acknowledged. */
@Named
@RequestScoped
public class MemberWarnings {

    @Inject
    Caller caller;

    @Inject
    Moderation moderation;

    private List<Warning> warnings;

    public List<Warning> getWarnings() {
        if (warnings == null) {
            warnings = caller.signedIn() ? moderation.myWarnings() : List.of();
        }
        return warnings;
    }

    public void acknowledge(long warningId) {
        moderation.acknowledge(warningId);
        warnings = null;
        Messages.info("network.warnings.acknowledged");
    }
}
