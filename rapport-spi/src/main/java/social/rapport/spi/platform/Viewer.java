package social.rapport.spi.platform;

import social.rapport.spi.Extension;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is looking at a page: a signed-in member or an anonymous visitor. Extension points
 * receive it so that they never need to reach into the HTTP request or the core's session.
 *
 * @param memberId the signed-in member's id, or {@code null} for an anonymous visitor
 * @param admin    whether the viewer holds the {@code admin} role
 * @param locale   the locale the page is rendered in
 */
public record Viewer(Long memberId, boolean admin, Locale locale) {

    public Viewer {
        Objects.requireNonNull(locale, "locale");
    }

    public static Viewer anonymous(Locale locale) {
        return new Viewer(null, false, locale);
    }

    public boolean signedIn() {
        return memberId != null;
    }

    public Optional<Long> member() {
        return Optional.ofNullable(memberId);
    }
}
