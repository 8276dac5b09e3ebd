package social.rapport.plugins.sponsored.targeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a member matches a campaign's targeting, and on which parameters: OR within a facet,
 * AND across facets. Skills, organisations and languages match a value exactly (ignoring case);
 * location and title match when they contain the value as a word sequence (ignoring case), so
 * "Milan" matches "Milan, Italy" and "engineer" matches "Senior Engineer".
 */
public final class TargetingRules {

    /** One targeting parameter that matched, for "Why am I seeing this?": facet id and the campaign's value. */
    public record Match(String facet, String value) {
    }

    /**
     * A member's facts prepared once for {@link #matches}: lower-cased, the exact facets as sets, so
     * that one feed page can screen every running campaign quickly.
     */
    public record Screen(Set<String> skills, String location, String title, Set<String> organisations, Set<String> languages) {

        public static Screen of(MemberFacts facts) {
            return new Screen(lower(facts.skills()), lower(facts.location()), lower(facts.title()), lower(facts.organisations()),
                    lower(facts.languages()));
        }

        private static Set<String> lower(List<String> values) {
            return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }

        private static String lower(String value) {
            return value == null || value.isBlank() ? null : value.toLowerCase(Locale.ROOT);
        }
    }

    private TargetingRules() {
    }

    /**
     * Whether {@link #match} would match, without saying on what: for a targeting already lower-cased
     * ({@link Targeting#lowerCased()}) and facts prepared by {@link Screen#of}.
     */
    public static boolean matches(Targeting lowerCased, Screen facts) {
        return exact(lowerCased.skills(), facts.skills())
                && words(lowerCased.locations(), facts.location())
                && words(lowerCased.titles(), facts.title())
                && exact(lowerCased.organisations(), facts.organisations())
                && exact(lowerCased.languages(), facts.languages());
    }

    private static boolean exact(List<String> wanted, Set<String> has) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String value : wanted) {
            if (has.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean words(List<String> wanted, String has) {
        if (wanted.isEmpty()) {
            return true;
        }
        if (has == null) {
            return false;
        }
        for (String value : wanted) {
            if (containsWords(has, value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matched parameters (one per targeted facet) when the member matches every targeted facet;
     * empty when they do not. An untargeted campaign matches everyone with no parameter.
     */
    public static Optional<List<Match>> match(Targeting targeting, MemberFacts facts) {
        List<Match> matched = new ArrayList<>();
        if (!facet("skills", targeting.skills(), facts.skills(), false, matched)
                || !facet("locations", targeting.locations(), single(facts.location()), true, matched)
                || !facet("titles", targeting.titles(), single(facts.title()), true, matched)
                || !facet("organisations", targeting.organisations(), facts.organisations(), false, matched)
                || !facet("languages", targeting.languages(), facts.languages(), false, matched)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(matched));
    }

    private static List<String> single(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static boolean facet(String facet, List<String> wanted, List<String> has, boolean contains, List<Match> matched) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String value : wanted) {
            String v = value.toLowerCase(Locale.ROOT);
            for (String fact : has) {
                String f = fact.toLowerCase(Locale.ROOT);
                if (contains ? containsWords(f, v) : f.equals(v)) {
                    matched.add(new Match(facet, value));
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsWords(String text, String words) {
        int at = text.indexOf(words);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + words.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(words, at + 1);
        }
        return false;
    }
}
