package social.rapport.plugins.sponsored.targeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import social.rapport.spi.facts.FactCriteria;
import social.rapport.spi.facts.MemberFactsReader;

/**
 * Targeting facts through the platform's {@link MemberFactsReader} for the purpose
 * {@link TargetingPurpose#ID}: only members who turned it on, only skills, location, positions and
 * languages, only what they share with all members. The current position gives title and
 * organisation. A language tag ({@code it}) is matched under the tag and its names in English and
 * in itself ({@code Italian}, {@code italiano}), so advertisers may type either.
 */
@ApplicationScoped
public class ConsentedFacts implements TargetingFacts {

    @Inject
    MemberFactsReader reader;

    @Override
    public Map<Long, MemberFacts> released(Collection<Long> members) {
        return reader.read(TargetingPurpose.ID, members, null).values().stream()
                .map(ConsentedFacts::facts).collect(Collectors.toMap(MemberFacts::memberId, f -> f));
    }

    @Override
    public boolean allowed(long member) {
        return reader.allowed(member, TargetingPurpose.ID);
    }

    /** The same rules as {@link TargetingRules}, counted in the database ({@link MemberFactsReader#count}). */
    @Override
    public long count(Targeting t) {
        return reader.count(TargetingPurpose.ID, new FactCriteria(t.skills(), t.locations(), t.titles(), t.organisations(),
                languageTags(t.languages())));
    }

    /** What an advertiser typed ("Italian", "italiano", "it") as the language tags whose names include it. */
    static List<String> languageTags(List<String> typed) {
        Set<String> tags = new LinkedHashSet<>();
        for (String value : typed) {
            tags.add(value.toLowerCase(Locale.ROOT));
            for (String iso : Locale.getISOLanguages()) {
                if (languageNames(List.of(iso)).stream().anyMatch(name -> name.equalsIgnoreCase(value))) {
                    tags.add(iso);
                }
            }
        }
        return List.copyOf(tags);
    }

    static MemberFacts facts(social.rapport.spi.facts.MemberFacts f) {
        var current = f.positions().stream().filter(p -> p.current()).toList();
        return new MemberFacts(f.memberId(), f.skills(), f.location(),
                current.isEmpty() ? null : current.get(0).title(),
                current.stream().map(p -> p.organisation()).toList(), languageNames(f.languages()));
    }

    /** "it" → it, Italian, italiano: what an advertiser may type for the member's language. */
    static List<String> languageNames(List<String> tags) {
        Set<String> names = new LinkedHashSet<>();
        for (String tag : tags) {
            Locale language = Locale.forLanguageTag(tag);
            names.add(tag);
            if (!language.getLanguage().isEmpty()) {
                names.add(language.getLanguage());
                names.add(language.getDisplayLanguage(Locale.ENGLISH));
                names.add(language.getDisplayLanguage(language));
            }
        }
        return List.copyOf(names);
    }
}
