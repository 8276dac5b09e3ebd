package social.rapport.plugins.sponsored.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import social.rapport.plugins.sponsored.SponsoredRefusal;
import social.rapport.plugins.sponsored.targeting.Targeting;

class CampaignRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static CampaignDraft draft(String headline, String url, Long total, Long daily, LocalDate start, LocalDate end) {
        return new CampaignDraft("Winter", headline, "Come and see", url, CallToAction.LEARN_MORE, start, end, total, daily, Targeting.NONE);
    }

    private static String field(CampaignDraft d) {
        SponsoredRefusal refusal = catchThrowableOfType(SponsoredRefusal.class, () -> CampaignRules.checkSubmit(d, TODAY));
        return refusal == null ? null : refusal.field() + ":" + refusal.messageKey();
    }

    @Test
    void aCompleteCampaignPasses() {
        assertThatCode(() -> CampaignRules.checkSubmit(draft("Hi", "https://example.org/x", 1000L, 100L, TODAY, TODAY.plusDays(5)), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void eachFieldIsRefusedWithItsOwnMessage() {
        assertThat(field(draft("x".repeat(101), "https://e.org", 10L, 1L, TODAY, TODAY))).isEqualTo("headline:sponsored.error.headline.long");
        assertThat(field(draft("Hi", "javascript:alert(1)", 10L, 1L, TODAY, TODAY))).isEqualTo("landingUrl:sponsored.error.url");
        assertThat(field(draft("Hi", "//evil.example", 10L, 1L, TODAY, TODAY))).isEqualTo("landingUrl:sponsored.error.url");
        assertThat(field(draft("Hi", "https://e.org", 0L, 1L, TODAY, TODAY))).isEqualTo("totalBudget:sponsored.error.budget.total");
        assertThat(field(draft("Hi", "https://e.org", 10L, 11L, TODAY, TODAY))).isEqualTo("dailyBudget:sponsored.error.budget.dailyAboveTotal");
        assertThat(field(draft("Hi", "https://e.org", 10L, 1L, TODAY, TODAY.minusDays(1)))).isEqualTo("end:sponsored.error.end.beforeStart");
        assertThat(field(draft("Hi", "https://e.org", 10L, 1L, TODAY.minusDays(9), TODAY.minusDays(1)))).isEqualTo("end:sponsored.error.end.past");
        assertThat(field(draft("", "https://e.org", 10L, 1L, TODAY, TODAY))).isEqualTo("headline:sponsored.error.headline.required");
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHost() {
        assertThat(CampaignRules.webAddress("https://example.org/a?b=c")).isTrue();
        assertThat(CampaignRules.webAddress("http://example.org")).isTrue();
        assertThat(CampaignRules.webAddress("ftp://example.org")).isFalse();
        assertThat(CampaignRules.webAddress("https://user@example.org")).isFalse();
        assertThat(CampaignRules.webAddress("https:///path")).isFalse();
        assertThat(CampaignRules.webAddress("data:text/html,x")).isFalse();
    }
}
