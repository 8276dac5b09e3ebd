package social.rapport.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillsTest {

    @Test
    void spellingsThatDifferOnlyInCaseAndSpacesAreOneSkill() {
        assertThat(Skills.normalise("java")).isEqualTo(Skills.normalise(" Java ")).isEqualTo(Skills.normalise("JAVA"));
        assertThat(Skills.normalise("Machine   learning")).isEqualTo("machine learning");
        assertThat(Skills.clean("  Machine \t learning ")).isEqualTo("Machine learning");
        assertThat(Skills.clean(null)).isEmpty();
    }

    @Test
    void visibilityFieldsAreNamedAfterTheParts() {
        assertThat(ProfilePart.OPEN_TO.visibilityField()).isEqualTo("openToVisibility");
        assertThat(ProfilePart.PHOTO.visibilityField()).isEqualTo("photoVisibility");
    }

    @Test
    void pluginsMayOnlyIncludeTheirOwnFragments() {
        assertThat(ProfileService.safeFragment("events", "/p/events/section.xhtml")).isTrue();
        assertThat(ProfileService.safeFragment("events", "/p/other/section.xhtml")).isFalse();
        assertThat(ProfileService.safeFragment("events", "/WEB-INF/templates/layout.xhtml")).isFalse();
        assertThat(ProfileService.safeFragment("events", "/p/events/../../WEB-INF/x.xhtml")).isFalse();
    }
}
