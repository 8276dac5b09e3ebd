package social.rapport.plugins.sponsored.targeting;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Who a campaign is for: values per facet, ORed within a facet and ANDed across facets. An empty
 * facet does not narrow; a campaign with every facet empty is untargeted. Values are kept as the
 * advertiser typed them (trimmed) and compared case-insensitively.
 */
public record Targeting(List<String> skills, List<String> locations, List<String> titles,
                        List<String> organisations, List<String> languages) implements Serializable {

    public static final Targeting NONE = new Targeting(List.of(), List.of(), List.of(), List.of(), List.of());

    public Targeting {
        skills = clean(skills);
        locations = clean(locations);
        titles = clean(titles);
        organisations = clean(organisations);
        languages = clean(languages);
    }

    public boolean untargeted() {
        return skills.isEmpty() && locations.isEmpty() && titles.isEmpty() && organisations.isEmpty() && languages.isEmpty();
    }

    /** The same targeting with every value lower-cased (for {@link TargetingRules#matches}). */
    public Targeting lowerCased() {
        return new Targeting(lower(skills), lower(locations), lower(titles), lower(organisations), lower(languages));
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    /** "java, kotlin" → [java, kotlin]; blanks and duplicates dropped. */
    public static List<String> parse(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return clean(List.of(commaSeparated.split(",")));
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values) {
            String v = value == null ? "" : value.strip();
            if (!v.isEmpty()) {
                byKey.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
            }
        }
        return List.copyOf(byKey.values());
    }
}
