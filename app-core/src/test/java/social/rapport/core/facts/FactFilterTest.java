package social.rapport.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.spi.facts.Fact;
import social.rapport.spi.facts.MemberFacts;
import social.rapport.spi.platform.Audience;

class FactFilterTest {

    private static final FactQueries.Stored ANA = new FactQueries.Stored(7, "Milan", Audience.MEMBERS, Set.of("mentoring"),
            Audience.CONNECTIONS, Audience.EVERYONE, Audience.MEMBERS, Audience.MEMBERS, List.of("Java", "SQL"),
            List.of(new MemberFacts.Position("Engineer", "Acme", 2020, null, true)), List.of(), List.of("it"));

    @Test
    void onlyTheFactsThePurposeCovers() {
        MemberFacts facts = FactFilter.filter(ANA, Set.of(Fact.SKILLS), a -> true);
        assertThat(facts.skills()).containsExactly("Java", "SQL");
        assertThat(facts.location()).isNull();
        assertThat(facts.positions()).isEmpty();
        assertThat(facts.openTo()).isEmpty();
        assertThat(facts.languages()).isEmpty();
        assertThat(FactFilter.filter(ANA, Set.of(Fact.LANGUAGES), a -> false).languages()).as("not a part with an audience").containsExactly("it");
    }

    @Test
    void partsHiddenFromTheAudienceAreAbsent() {
        MemberFacts facts = FactFilter.filter(ANA, Set.of(Fact.values()), a -> a != Audience.CONNECTIONS);
        assertThat(facts.location()).isEqualTo("Milan");
        assertThat(facts.positions()).hasSize(1);
        assertThat(facts.openTo()).isEmpty();
    }
}
