package social.rapport.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import social.rapport.spi.settings.SettingDefinition;

class SettingRulesTest {

    private static final SettingDefinition LIMIT = SettingDefinition.integer("limit", 30, 1, 100, "Limit", "");

    @Test
    void integersWithinBounds() {
        assertThat(SettingRules.check(LIMIT, " 42 ").value()).isEqualTo("42");
        assertThat(SettingRules.check(LIMIT, "0").problem()).isEqualTo("settings.integer.tooSmall");
        assertThat(SettingRules.check(LIMIT, "101").problem()).isEqualTo("settings.integer.tooLarge");
        assertThat(SettingRules.check(LIMIT, "many").problem()).isEqualTo("settings.integer.invalid");
        assertThat(SettingRules.check(LIMIT, null).problem()).isEqualTo("settings.integer.invalid");
    }

    @Test
    void booleansAreTrueOrFalse() {
        SettingDefinition on = SettingDefinition.bool("on", true, "On", "");
        assertThat(SettingRules.check(on, "TRUE").value()).isEqualTo("true");
        assertThat(SettingRules.check(on, "yes").problem()).isEqualTo("settings.boolean.invalid");
    }

    @Test
    void textUpToItsLength() {
        SettingDefinition name = SettingDefinition.text("name", "", 5, "Name", "");
        assertThat(SettingRules.check(name, "abcde").ok()).isTrue();
        assertThat(SettingRules.check(name, "abcdef").problem()).isEqualTo("settings.text.tooLong");
    }
}
