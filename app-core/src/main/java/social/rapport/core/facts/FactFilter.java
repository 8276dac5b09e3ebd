package social.rapport.core.facts;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import social.rapport.spi.facts.Fact;
import social.rapport.spi.facts.MemberFacts;
import social.rapport.spi.platform.Audience;

/** Keeps of a member's stored facts only those the purpose covers and the audience may see. */
final class FactFilter {

    static MemberFacts filter(FactQueries.Stored stored, Set<Fact> covered, Predicate<Audience> visible) {
        boolean skills = covered.contains(Fact.SKILLS) && visible.test(stored.skillsAudience());
        boolean location = covered.contains(Fact.LOCATION) && visible.test(stored.locationAudience());
        boolean positions = covered.contains(Fact.POSITIONS) && visible.test(stored.experienceAudience());
        boolean education = covered.contains(Fact.EDUCATION) && visible.test(stored.educationAudience());
        boolean openTo = covered.contains(Fact.OPEN_TO) && visible.test(stored.openToAudience());
        boolean languages = covered.contains(Fact.LANGUAGES); // an account setting, not a profile part with an audience
        String place = stored.location() == null || stored.location().isBlank() ? null : stored.location();
        return new MemberFacts(stored.memberId(),
                skills ? stored.skills() : List.of(),
                location ? place : null,
                positions ? stored.positions() : List.of(),
                education ? stored.education() : List.of(),
                openTo ? stored.openTo() : Set.of(),
                languages ? stored.languages() : List.of());
    }

    private FactFilter() {
    }
}
