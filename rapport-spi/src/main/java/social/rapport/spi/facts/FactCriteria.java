package social.rapport.spi.facts;

import java.util.List;

/**
 * What a member's facts must hold to be counted by {@link MemberFactsReader#count} (since 2, minor):
 * values per criterion, ORed within a criterion and ANDed across criteria; an empty criterion does
 * not narrow. All comparisons ignore case. Skills, current organisations and languages (tags such
 * as {@code it}) equal a value; the location and the title of the current position (the latest
 * started) contain a value as whole words ("Milan" matches "Milan, Italy", "engineer" matches
 * "Senior Engineer", "engine" does not).
 *
 * <p>Criteria read facts: skills {@link Fact#SKILLS}, locations {@link Fact#LOCATION}, current titles
 * and organisations {@link Fact#POSITIONS}, languages {@link Fact#LANGUAGES}. A criterion on a fact
 * the purpose does not cover matches nobody.
 */
public record FactCriteria(List<String> skills, List<String> locations, List<String> currentTitles,
                           List<String> currentOrganisations, List<String> languages) {

    public FactCriteria {
        skills = skills == null ? List.of() : List.copyOf(skills);
        locations = locations == null ? List.of() : List.copyOf(locations);
        currentTitles = currentTitles == null ? List.of() : List.copyOf(currentTitles);
        currentOrganisations = currentOrganisations == null ? List.of() : List.copyOf(currentOrganisations);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
