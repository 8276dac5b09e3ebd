package social.rapport.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.platform.Audience;

class ProfileRulesTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    static ProfileDraft valid() {
        ProfileDraft draft = new ProfileDraft();
        draft.setDisplayName(" Ada Lovelace ");
        draft.setHandle(" Ada-L ");
        draft.setHeadline("  Analyst  ");
        draft.setAbout("line one\r\nline two");
        return draft;
    }

    static Map<String, String> problems(ProfileDraft draft) {
        InvalidProfile invalid = catchThrowableOfType(() -> ProfileRules.check(draft, NOW), InvalidProfile.class);
        assertThat(invalid).as("refused").isNotNull();
        return invalid.problems().stream().collect(Collectors.toMap(Refusal::field, Refusal::messageKey, (a, b) -> a + "|" + b));
    }

    @Test
    void aValidDraftIsCleaned() {
        ProfileDraft draft = valid();
        draft.getExperience().add(new ProfileDraft.Experience(" Analyst ", "Babbage & Co", "1992-07", "", " notes "));
        draft.getExperience().add(new ProfileDraft.Experience("", " ", null, "", "")); // added and left empty
        draft.getEducation().add(new ProfileDraft.Education("Home", "", null, "1980", "1985"));
        draft.setSkills(List.of("Mathematics", " mathematics ", "", "Poetical  science"));
        draft.getOpenTo().put("MENTORING", true);
        draft.getVisibility().put("ABOUT", "EVERYONE");

        ProfileRules.Checked checked = ProfileRules.check(draft, NOW);

        assertThat(checked.displayName()).isEqualTo("Ada Lovelace");
        assertThat(checked.handle()).isEqualTo("ada-l");
        assertThat(checked.headline()).isEqualTo("Analyst");
        assertThat(checked.location()).isNull();
        assertThat(checked.about()).isEqualTo("line one\nline two");
        assertThat(checked.experience()).containsExactly(
                new ProfileRules.Position("Analyst", "Babbage & Co", YearMonth.of(1992, 7), null, "notes"));
        assertThat(checked.education()).containsExactly(new ProfileRules.School("Home", null, null, 1980, 1985));
        assertThat(checked.skills()).containsExactly(Map.entry("mathematics", "Mathematics"),
                Map.entry("poetical science", "Poetical science"));
        assertThat(checked.openTo()).containsExactly(OpenTo.MENTORING);
        assertThat(checked.visibility().get(ProfilePart.ABOUT)).isEqualTo(Audience.EVERYONE);
        assertThat(checked.visibility().get(ProfilePart.PHOTO)).isEqualTo(Audience.MEMBERS);
    }

    @Test
    void everyProblemIsReportedAtOnceOnItsField() {
        ProfileDraft draft = valid();
        draft.setDisplayName(" ");
        draft.setHandle("no");
        draft.setLocation("x".repeat(101));
        draft.getExperience().add(new ProfileDraft.Experience("", "Org", "2020-13", "2019-01", null));
        draft.getExperience().add(new ProfileDraft.Experience("T", "Org", "2021-05", "2021-04", null));
        draft.getEducation().add(new ProfileDraft.Education(null, "BA", null, "2001", "1999"));
        draft.getVisibility().put("SKILLS", "FRIENDS");

        assertThat(problems(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "displayName", "account.displayName.required",
                "handle", "profile.handle.length",
                "location", "profile.tooLong.100",
                "experience:0:title", "profile.required",
                "experience:0:start", "profile.month.invalid",
                "experience:1:end", "profile.experience.endBeforeStart",
                "education:0:school", "profile.required",
                "education:0:endYear", "profile.education.endBeforeStart",
                "skillsVisibility", "profile.visibility.invalid"));
    }

    @Test
    void monthsAndYearsMustExistAndNotLieFarAhead() {
        ProfileDraft draft = valid();
        draft.getExperience().add(new ProfileDraft.Experience("T", "O", "2020-1", null, null));
        draft.getExperience().add(new ProfileDraft.Experience("T", "O", "1899-12", null, null));
        draft.getExperience().add(new ProfileDraft.Experience("T", "O", "2028-01", null, null));
        draft.getExperience().add(new ProfileDraft.Experience("T", "O", null, "2020-01", null));
        draft.getEducation().add(new ProfileDraft.Education("S", null, null, "20x0", "2037"));

        assertThat(problems(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "experience:0:start", "profile.month.invalid",
                "experience:1:start", "profile.month.invalid",
                "experience:2:start", "profile.month.invalid",
                "experience:3:start", "profile.month.required",
                "education:0:startYear", "profile.year.invalid",
                "education:0:endYear", "profile.year.invalid"));
    }

    @Test
    void listsHaveLimits() {
        ProfileDraft draft = valid();
        for (int i = 0; i < ProfileRules.MAX_EXPERIENCE + 1; i++) {
            draft.getExperience().add(new ProfileDraft.Experience("T" + i, "O", "2020-01", null, null));
        }
        for (int i = 0; i < Skills.MAX_PER_MEMBER + 1; i++) {
            draft.getSkills().add("skill " + i);
        }
        draft.getSkills().add("s".repeat(61));
        Map<String, String> problems = problems(draft);
        assertThat(problems).containsEntry("experienceList", "profile.experience.tooMany");
        assertThat(problems).containsKey("skills");
    }
}
