package social.rapport.spi.digest;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Whose digest is being written, and for which week.
 *
 * @param memberId the member who receives it; a contributor shows only what this member may see
 * @param from     now (the digest's time, from the core's clock)
 * @param until    the end of the coming week ({@code from} plus 7 days): "upcoming" means before it
 * @param locale   the member's language, for the section's texts
 */
public record DigestRequest(long memberId, Instant from, Instant until, Locale locale) {

    public DigestRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(locale, "locale");
    }
}
