package social.rapport.plugins.sponsored.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.plugins.sponsored.targeting.TargetingRules.Match;

class TargetingRulesTest {

    private static final MemberFacts ANA = new MemberFacts(1, List.of("Java", "SQL"), "Milan, Italy", "Senior Engineer",
            List.of("Acme"), List.of());

    @Test
    void orWithinAFacetAndAcrossFacets() {
        Targeting javaOrGo = new Targeting(List.of("Go", "java"), List.of(), List.of(), List.of(), List.of());
        assertThat(TargetingRules.match(javaOrGo, ANA)).contains(List.of(new Match("skills", "java")));
        Targeting javaInMilan = new Targeting(List.of("Java"), List.of("Milan"), List.of(), List.of(), List.of());
        assertThat(TargetingRules.match(javaInMilan, ANA)).contains(List.of(new Match("skills", "Java"), new Match("locations", "Milan")));
        Targeting javaInRome = new Targeting(List.of("Java"), List.of("Rome"), List.of(), List.of(), List.of());
        assertThat(TargetingRules.match(javaInRome, ANA)).isEmpty();
    }

    @Test
    void titleMatchesWholeWordsOnly() {
        assertThat(TargetingRules.match(new Targeting(List.of(), List.of(), List.of("engineer"), List.of(), List.of()), ANA)).isPresent();
        assertThat(TargetingRules.match(new Targeting(List.of(), List.of(), List.of("engine"), List.of(), List.of()), ANA)).isEmpty();
    }

    @Test
    void withheldFactsNeverMatchAndUntargetedMatchesEveryone() {
        Targeting languages = new Targeting(List.of(), List.of(), List.of(), List.of(), List.of("Italian"));
        assertThat(TargetingRules.match(languages, ANA)).isEmpty();
        assertThat(TargetingRules.match(Targeting.NONE, MemberFacts.none(2))).contains(List.of());
    }

    @Test
    void aLanguageMatchesByTagOrNameInEnglishOrInItself() {
        MemberFacts italian = new MemberFacts(3, List.of(), null, null, List.of(), ConsentedFacts.languageNames(List.of("it")));
        for (String typed : List.of("it", "Italian", "ITALIANO")) {
            Targeting targeting = new Targeting(List.of(), List.of(), List.of(), List.of(), List.of(typed, "German"));
            assertThat(TargetingRules.match(targeting, italian)).as(typed).contains(List.of(new TargetingRules.Match("languages", typed)));
        }
        assertThat(TargetingRules.match(new Targeting(List.of(), List.of(), List.of(), List.of(), List.of("English")), italian)).isEmpty();
    }

    @Test
    void typedLanguagesBecomeTheTagsTheDatabaseCounts() {
        assertThat(ConsentedFacts.languageTags(List.of("Italian"))).contains("it").doesNotContain("en");
        assertThat(ConsentedFacts.languageTags(List.of("ITALIANO"))).contains("it");
        assertThat(ConsentedFacts.languageTags(List.of("it"))).containsExactly("it");
    }

    @Test
    void screeningManyCampaignsAgreesWithMatch() {
        MemberFacts italian = new MemberFacts(4, List.of("Kotlin", "C++"), "Provincia di Milano", "Ingegnere del Software",
                List.of("Etna Bank S.p.A."), ConsentedFacts.languageNames(List.of("it")));
        List<Targeting> targetings = List.of(Targeting.NONE,
                new Targeting(List.of("go", "JAVA"), List.of(), List.of(), List.of(), List.of()),
                new Targeting(List.of("c++"), List.of("milano"), List.of(), List.of(), List.of()),
                new Targeting(List.of("c"), List.of(), List.of(), List.of(), List.of()),
                new Targeting(List.of(), List.of("Milan"), List.of("Engineer"), List.of(), List.of()),
                new Targeting(List.of(), List.of(), List.of("software", "chef"), List.of(), List.of()),
                new Targeting(List.of(), List.of(), List.of("Softw"), List.of(), List.of()),
                new Targeting(List.of(), List.of(), List.of(), List.of("etna bank s.p.a.", "Acme"), List.of()),
                new Targeting(List.of(), List.of(), List.of(), List.of("Etna Bank"), List.of()),
                new Targeting(List.of("Java"), List.of(), List.of(), List.of(), List.of("Italian")),
                new Targeting(List.of(), List.of(), List.of(), List.of(), List.of("italiano", "Deutsch")),
                new Targeting(List.of(), List.of(), List.of(), List.of(), List.of("English")));
        List<Boolean> expected = List.of(true, false, true, false, false, true, false, true, false, false, true, false);
        for (MemberFacts facts : List.of(ANA, italian, MemberFacts.none(5))) {
            TargetingRules.Screen screen = TargetingRules.Screen.of(facts);
            for (int i = 0; i < targetings.size(); i++) {
                Targeting t = targetings.get(i);
                assertThat(TargetingRules.matches(t.lowerCased(), screen)).as(facts.memberId() + " " + t)
                        .isEqualTo(TargetingRules.match(t, facts).isPresent());
            }
        }
        for (int i = 0; i < targetings.size(); i++) {
            assertThat(TargetingRules.matches(targetings.get(i).lowerCased(), TargetingRules.Screen.of(italian)))
                    .as(targetings.get(i).toString()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void parsingDropsBlanksAndDuplicates() {
        assertThat(Targeting.parse(" Java, ,java , Kotlin")).containsExactly("Java", "Kotlin");
    }

    @Test
    void audienceIsRoundedAndNeverExactBelowTheMinimum() {
        assertThat(AudienceRules.shown(99, 100)).isEqualTo(-1);
        assertThat(AudienceRules.shown(100, 100)).isEqualTo(100);
        assertThat(AudienceRules.shown(1234, 100)).isEqualTo(1200);
        assertThat(AudienceRules.shown(56789, 100)).isEqualTo(56000);
    }
}
