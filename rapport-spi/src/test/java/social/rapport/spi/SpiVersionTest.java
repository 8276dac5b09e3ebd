package social.rapport.spi;

import social.rapport.spi.navigation.NavEntry;
import social.rapport.spi.platform.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpiVersionTest {

    @Test
    void supportsExactlyTheVersionsBetweenOldestAndCurrent() {
        assertThat(SpiVersion.supports(SpiVersion.CURRENT)).isTrue();
        assertThat(SpiVersion.supports(SpiVersion.OLDEST_SUPPORTED)).isTrue();
        assertThat(SpiVersion.supports(SpiVersion.CURRENT + 1)).isFalse();
        assertThat(SpiVersion.supports(SpiVersion.OLDEST_SUPPORTED - 1)).isFalse();
    }

    @Test
    void navigationEntriesStayInsideTheApplication() {
        assertThat(new NavEntry("Events", "/p/events/", 10).href()).isEqualTo("/p/events/");
        assertThatThrownBy(() -> new NavEntry("Evil", "https://example.org/", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NavEntry("Script", "javascript:alert(1)", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnonymousViewerIsNotSignedIn() {
        Viewer viewer = Viewer.anonymous(Locale.ITALIAN);
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.member()).isEmpty();
        assertThat(new Viewer(7L, false, Locale.ENGLISH).member()).contains(7L);
    }

    @Test
    void linksMustStayOnThisSite() {
        assertThat(SiteLinks.isSameSitePath("/p/events/")).isTrue();
        assertThat(SiteLinks.isSameSitePath("//evil.example/")).isFalse();
        assertThat(SiteLinks.isSameSitePath("/\\evil.example/")).isFalse();
        assertThat(SiteLinks.isSameSitePath("https://evil.example/")).isFalse();
        assertThatThrownBy(() -> new NavEntry("Evil", "//evil.example/", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new social.rapport.spi.notification.Notice(1, "x.y", null, "t", "//evil.example", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aViewerHoldsOnlyItsCapabilities() {
        Viewer advertiser = new Viewer(7L, false, Locale.ENGLISH, java.util.Set.of("ads.advertiser"));
        assertThat(advertiser.has("ads.advertiser")).isTrue();
        assertThat(advertiser.has("jobs.recruiter")).isFalse();
        assertThat(new Viewer(null, false, Locale.ENGLISH, java.util.Set.of("ads.advertiser")).has("ads.advertiser")).isFalse();
    }

    @Test
    void declaredIdsAreNameSpacedByPlugin() {
        assertThatThrownBy(() -> new social.rapport.spi.capability.CapabilityDefinition("advertiser", "A", "d", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new social.rapport.spi.feed.FeedKind("EVENT", "E", new social.rapport.spi.feed.PlacementPolicy(1, 1, 1), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new social.rapport.spi.feed.PlacementPolicy(11, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> social.rapport.spi.page.PageRule.of("/admin/", social.rapport.spi.page.PageAccess.PUBLIC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new social.rapport.spi.page.AdminPage("X", "/p/ads/other", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
