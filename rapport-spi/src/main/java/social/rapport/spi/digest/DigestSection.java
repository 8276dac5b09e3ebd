package social.rapport.spi.digest;

import java.util.List;
import java.util.Objects;
import social.rapport.spi.SiteLinks;

/**
 * A titled list in the digest mail, written as plain text (the core escapes it in the HTML part).
 *
 * @param title the heading, in the request's language (e.g. "Your events this week")
 * @param items at least one line; the core shows at most 10
 */
public record DigestSection(String title, List<Item> items) {

    public DigestSection {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a digest section has at least one item (return Optional.empty() instead)");
        }
    }

    /**
     * One line.
     *
     * @param text what to say (e.g. "JavaDay Milan, Thursday 14:00")
     * @param link application-relative link to open (starts with {@code /}), or null; the core makes it absolute
     */
    public record Item(String text, String link) {

        public Item {
            Objects.requireNonNull(text, "text");
            if (link != null) {
                SiteLinks.requireSameSitePath(link, "link");
            }
        }
    }
}
