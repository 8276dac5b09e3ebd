package social.rapport.spi.feed;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of item a plugin places in the feed. The admin's feed policy page lists every kind of
 * every installed plugin; the admin's caps replace {@link #defaults()} once saved.
 *
 * @param id       {@code "<plugin id>.<name>"}, e.g. {@code events.event}
 * @param label    what the admin's policy page shows
 * @param defaults the policy until an admin changes it
 * @param paid     paid placement: the core labels every such item "Sponsored" and never places it
 *                 early when the page runs out of posts
 */
public record FeedKind(String id, String label, PlacementPolicy defaults, boolean paid) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.[a-z][a-z0-9-]{0,40}");

    public FeedKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaults, "defaults");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("feed kind id must be <plugin id>.<name>: " + id);
        }
    }

    public String pluginId() {
        return id.substring(0, id.indexOf('.'));
    }
}
