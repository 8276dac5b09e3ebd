package social.rapport.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.page.AdminPage;

/** Links a plugin hands the core (menu entries, notices, admin tabs) stay on this site. */
class SiteLinksTest {

    @Test
    void onlyApplicationRelativePathsPass() {
        assertThat(SiteLinks.isSameSitePath("/p/events/index.xhtml?id=4")).isTrue();
        assertThat(SiteLinks.isSameSitePath("/")).isTrue();
        for (String offsite : new String[] {"//evil.example/p", "https://evil.example/", "javascript:alert(1)", "p/events",
                "/\\evil.example", "/p/x\r\nSet-Cookie: a=b", "", null}) {
            assertThat(SiteLinks.isSameSitePath(offsite)).as(String.valueOf(offsite)).isFalse();
        }
    }

    @Test
    void navEntriesNoticesAndAdminTabsRefuseOtherSites() {
        assertThatThrownBy(() -> new NavEntry("Away", "//evil.example/", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NavEntry("Away", "https://evil.example/", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice(1, "x.y", null, "text", "//evil.example/", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Notice(1, "x.y", null, "text", null, null).link()).isNull();
        assertThat(new NavEntry("Events", "/p/events/", 1).href()).isEqualTo("/p/events/");
        assertThatThrownBy(() -> new AdminPage("Away", "//evil.example/p/x/admin/", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AdminPage("Campaigns", "/p/x/admin/index.xhtml", 1).href()).isEqualTo("/p/x/admin/index.xhtml");
    }
}
