package social.rapport.core.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.spi.page.PageAccess;
import social.rapport.spi.page.PageRule;

class PageAccessRulesTest {

    private static final List<PageRule> RULES = List.of(
            PageRule.of("/p/ads/library", PageAccess.PUBLIC),
            PageRule.capability("/p/ads/campaigns/", "ads.advertiser"),
            PageRule.of("/p/ads/campaigns/help", PageAccess.MEMBERS),
            PageRule.of("/p/ads/admin/open", PageAccess.PUBLIC),
            PageRule.of("/p/other/", PageAccess.PUBLIC));

    @Test
    void longestPrefixWins() {
        assertThat(PageAccessRules.ruleFor("ads", "/p/ads/campaigns/edit.xhtml", RULES).capability()).isEqualTo("ads.advertiser");
        assertThat(PageAccessRules.ruleFor("ads", "/p/ads/campaigns/help.xhtml", RULES).access()).isEqualTo(PageAccess.MEMBERS);
        assertThat(PageAccessRules.ruleFor("ads", "/p/ads/library", RULES).access()).isEqualTo(PageAccess.PUBLIC);
    }

    @Test
    void uncoveredPagesAreForMembers() {
        assertThat(PageAccessRules.ruleFor("ads", "/p/ads/index.xhtml", RULES).access()).isEqualTo(PageAccess.MEMBERS);
    }

    @Test
    void theAdminFolderIsForAdminsWhateverThePluginSays() {
        assertThat(PageAccessRules.ruleFor("ads", "/p/ads/admin/open", RULES).access()).isEqualTo(PageAccess.ADMIN);
        assertThat(PageAccessRules.ruleFor("ads", "/p/ads/admin", RULES).access()).isEqualTo(PageAccess.ADMIN);
    }

    @Test
    void anotherPluginsRuleNeverApplies() {
        assertThat(PageAccessRules.ruleFor("ads", "/p/ads/x", List.of(PageRule.of("/p/other/", PageAccess.PUBLIC))).access())
                .isEqualTo(PageAccess.MEMBERS);
    }

    @Test
    void pluginOfAPath() {
        assertThat(PageAccessRules.pluginOf("/p/ads/library")).isEqualTo("ads");
        assertThat(PageAccessRules.pluginOf("/p/ads")).isEqualTo("ads");
        assertThat(PageAccessRules.pluginOf("/home")).isEmpty();
    }
}
