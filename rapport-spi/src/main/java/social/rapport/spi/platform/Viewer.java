package social.rapport.spi.platform;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is looking at a page: a signed-in member or an anonymous visitor. Extension points
 * receive it so that they never need to reach into the HTTP request or the core's session.
 *
 * @param memberId     the signed-in member's id, or {@code null} for an anonymous visitor
 * @param admin        whether the viewer holds the {@code admin} role
 * @param locale       the locale the page is rendered in
 * @param capabilities the plugin capabilities the member holds now (e.g. {@code sponsored.advertiser});
 *                     read per request, so a revoked capability is gone on the member's next request
 * @since 2 (capabilities)
 */
public record Viewer(Long memberId, boolean admin, Locale locale, Set<String> capabilities) {

    public Viewer {
        Objects.requireNonNull(locale, "locale");
        capabilities = memberId == null || capabilities == null ? Set.of() : Set.copyOf(capabilities);
    }

    /** A viewer without capabilities (SPI 1 shape). */
    public Viewer(Long memberId, boolean admin, Locale locale) {
        this(memberId, admin, locale, Set.of());
    }

    public static Viewer anonymous(Locale locale) {
        return new Viewer(null, false, locale, Set.of());
    }

    public boolean signedIn() {
        return memberId != null;
    }

    public Optional<Long> member() {
        return Optional.ofNullable(memberId);
    }

    /** Whether the viewer holds the capability (see {@code social.rapport.spi.capability}). */
    public boolean has(String capability) {
        return capabilities.contains(capability);
    }
}
