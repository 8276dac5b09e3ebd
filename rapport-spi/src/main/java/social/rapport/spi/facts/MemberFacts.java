package social.rapport.spi.facts;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member's profile facts as one purpose may read them. A fact the purpose does not cover, the
 * member hides from this audience or never entered is absent: an empty list, or null for
 * {@link #location()} — never guessed.
 *
 * @param openTo    what the member is open to: {@code advice}, {@code mentoring}, {@code collaboration},
 *                  {@code hiring}, {@code being-hired}
 * @param languages language tags ({@code en}, {@code it}) of {@link Fact#LANGUAGES}; empty when the
 *                  purpose does not cover it (since 2, minor)
 */
public record MemberFacts(long memberId, List<String> skills, String location, List<Position> positions,
                          List<Education> education, Set<String> openTo, List<String> languages) {

    public MemberFacts {
        skills = List.copyOf(skills);
        positions = List.copyOf(positions);
        education = List.copyOf(education);
        openTo = Set.copyOf(openTo);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** Facts without languages (the shape before {@link Fact#LANGUAGES}). */
    public MemberFacts(long memberId, List<String> skills, String location, List<Position> positions,
                       List<Education> education, Set<String> openTo) {
        this(memberId, skills, location, positions, education, openTo, List.of());
    }

    /** A position, current when {@code current}. Years are null when unknown. */
    public record Position(String title, String organisation, Integer startYear, Integer endYear, boolean current) {
        public Position {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(organisation, "organisation");
        }
    }

    /** A school, with degree and field when entered. */
    public record Education(String school, String degree, String field, Integer startYear, Integer endYear) {
        public Education {
            Objects.requireNonNull(school, "school");
        }
    }
}
