package social.rapport.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandlesTest {

    @Test
    void aSlugIsLowerCaseAsciiWithAccentsStrippedAndDashesBetweenWords() {
        assertThat(Handles.slug("Ada Lovelace")).isEqualTo("ada-lovelace");
        assertThat(Handles.slug("  Zoë O'Brien-Núñez ")).isEqualTo("zoe-o-brien-nunez");
        assertThat(Handles.slug("Jürgen Straße")).isEqualTo("jurgen-strasse");
        assertThat(Handles.slug("Łukasz Żółć")).isEqualTo("lukasz-zolc");
        assertThat(Handles.slug("Søren Ærø")).isEqualTo("soren-aero");
        assertThat(Handles.slug("--Dr. J. (Jay) Smith!!")).isEqualTo("dr-j-jay-smith");
    }

    @Test
    void aNameWithNothingUsableGivesMember() {
        assertThat(Handles.slug("王小明")).isEqualTo("member");
        assertThat(Handles.slug("!!!")).isEqualTo("member");
        assertThat(Handles.slug(null)).isEqualTo("member");
    }

    @Test
    void aLongNameIsCutToLeaveRoomForASuffix() {
        String slug = Handles.slug("Maria ".repeat(20));
        assertThat(slug.length()).isLessThanOrEqualTo(Handles.MAX - 6);
        assertThat(slug).doesNotEndWith("-").startsWith("maria-maria");
        assertThat(Handles.problem(Handles.candidate(slug, 999))).isEmpty();
    }

    @Test
    void candidatesAreTheBaseThenNumberedAndShortBasesAreAlwaysNumbered() {
        assertThat(Handles.candidate("ada", 1)).isEqualTo("ada");
        assertThat(Handles.candidate("ada", 2)).isEqualTo("ada-2");
        assertThat(Handles.candidate("al", 1)).isEqualTo("al-1");
        assertThat(Handles.problem(Handles.candidate("al", 1))).isEmpty();
    }

    @Test
    void handlesAreThreeToFortyOfLowerCaseLettersDigitsAndDashes() {
        assertThat(Handles.problem("ada-lovelace-1815")).isEmpty();
        assertThat(Handles.problem("member-12")).isEmpty();
        assertThat(Handles.problem("")).contains("profile.handle.required");
        assertThat(Handles.problem("ab")).contains("profile.handle.length");
        assertThat(Handles.problem("a".repeat(41))).contains("profile.handle.length");
        assertThat(Handles.problem("ada_lovelace")).contains("profile.handle.characters");
        assertThat(Handles.problem("adà")).contains("profile.handle.characters");
        assertThat(Handles.problem("ada lovelace")).contains("profile.handle.characters");
        assertThat(Handles.normalise("  Ada-Lovelace ")).isEqualTo("ada-lovelace");
    }
}
