package social.rapport.spi.facts;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A purpose for which a plugin reads members' profile facts. Members see it on their "How my data
 * is used" page and turn it on or off.
 *
 * @param id          {@code "<plugin id>.<name>"}, e.g. {@code sponsored.targeting}
 * @param kind        targeting, discovery or service
 * @param facts       the facts read for this purpose; no other fact is ever returned for it
 * @param label       short name, e.g. "Choose the sponsored content you see"
 * @param description plain language: what is read, what it is used for, who sees the result
 */
public record FactPurpose(String id, PurposeKind kind, Set<Fact> facts, String label, String description) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.[a-z][a-z0-9-]{0,40}");

    public FactPurpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        facts = Set.copyOf(facts);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("purpose id must be <plugin id>.<name>: " + id);
        }
    }

    public String pluginId() {
        return id.substring(0, id.indexOf('.'));
    }
}
