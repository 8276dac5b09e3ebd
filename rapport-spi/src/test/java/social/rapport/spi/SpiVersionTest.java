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
}
