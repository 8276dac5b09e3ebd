package social.rapport.spi.platform;

import java.time.Clock;

/**
 * Platform service: the clock every rule reads time from (tests may move it). The core also
 * produces it as a plain {@code @Inject Clock}.
 */
public interface PlatformClock {

    Clock clock();
}
