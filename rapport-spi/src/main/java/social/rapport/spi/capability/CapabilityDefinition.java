package social.rapport.spi.capability;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A capability a plugin defines: a right an admin grants to a member (an approved advertiser, a
 * recruiter).
 *
 * @param id            {@code "<plugin id>.<name>"}, e.g. {@code sponsored.advertiser}
 * @param label         what admins and members read, e.g. "Advertiser"
 * @param description   one sentence: what holding it allows
 * @param membersMayApply whether members may apply for it (the application joins the admin's queue)
 */
public record CapabilityDefinition(String id, String label, String description, boolean membersMayApply) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.[a-z][a-z0-9-]{0,40}");

    public CapabilityDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("capability id must be <plugin id>.<name>: " + id);
        }
    }

    /** The plugin id part of {@link #id()}. */
    public String pluginId() {
        return id.substring(0, id.indexOf('.'));
    }
}
