package social.rapport.core.capability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import social.rapport.core.account.Caller;
import social.rapport.spi.capability.Capabilities;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.error.Forbidden;

/**
 * The {@link Capabilities} platform service. Read from PostgreSQL on each call, so a revoke or a
 * suspension applies at once; capabilities of disabled plugins are held by nobody.
 */
@ApplicationScoped
public class PlatformCapabilities implements Capabilities {

    @Inject
    CapabilityCatalog catalog;

    @Inject
    CapabilityQueries queries;

    @Inject
    Caller caller;

    @Override
    public boolean holds(long memberId, String capability) {
        return of(memberId).contains(capability);
    }

    @Override
    public Set<String> of(long memberId) {
        Set<String> usable = catalog.enabled(Locale.ENGLISH).stream().map(CapabilityDefinition::id).collect(Collectors.toSet());
        return queries.held(memberId, usable);
    }

    @Override
    public long requireCaller(String capability) {
        if (!caller.signedIn()) {
            throw new Forbidden("sign in first");
        }
        long me = caller.memberId();
        if (!holds(me, capability)) {
            throw new Forbidden("requires " + capability);
        }
        return me;
    }
}
