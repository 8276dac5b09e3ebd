package social.rapport.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import social.rapport.spi.platform.PlatformClock;

/** The {@link PlatformClock} platform service: the application's one clock. */
@ApplicationScoped
public class PlatformClockService implements PlatformClock {

    @Inject
    Clock clock;

    @Override
    public Clock clock() {
        return clock;
    }
}
