package social.rapport.spi.digest;

import java.util.Optional;
import social.rapport.spi.Extension;

/**
 * Digest SPI: one section of the weekly "catch up" mail. The core asks every enabled plugin's
 * contributors when it writes a member's digest (from a background job: there is no signed-in
 * viewer, the request says whom it is for), and sends nothing at all to a member for whom neither
 * the core nor any plugin has something to say. A contributor that throws or overruns its time
 * budget is logged and left out; the digest goes out without its section.
 */
public interface DigestContributor extends Extension {

    /** This plugin's section for the member, or empty when it has nothing to say this week. */
    Optional<DigestSection> section(DigestRequest request);
}
