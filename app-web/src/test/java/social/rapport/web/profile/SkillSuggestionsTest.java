package social.rapport.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillSuggestionsTest {

    @Test
    void namesBecomeJsonStringsThatCannotCloseAScriptOrAString() {
        assertThat(SkillSuggestions.json("C++")).isEqualTo("\"C++\"");
        assertThat(SkillSuggestions.json("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
        assertThat(SkillSuggestions.json("</script><b>&")).isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"");
        assertThat(SkillSuggestions.json("tab\there\u0001")).isEqualTo("\"tab\\there\\u0001\"");
        assertThat(SkillSuggestions.json("Müller")).isEqualTo("\"Müller\"");
    }
}
