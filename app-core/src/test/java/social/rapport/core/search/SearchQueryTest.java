package social.rapport.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import social.rapport.core.platform.Refusal;

class SearchQueryTest {

    @Test
    void stripsAndCollapsesSpaces() {
        assertThat(SearchQuery.of("  José   Rossi ").text()).isEqualTo("José Rossi");
    }

    @Test
    void refusesBlankShortWordlessAndOverlongQueries() {
        assertThatThrownBy(() -> SearchQuery.of(null)).isInstanceOf(Refusal.class).hasMessage("search.empty");
        assertThatThrownBy(() -> SearchQuery.of("   ")).isInstanceOf(Refusal.class).hasMessage("search.empty");
        assertThatThrownBy(() -> SearchQuery.of("a")).isInstanceOf(Refusal.class).hasMessage("search.tooShort");
        assertThatThrownBy(() -> SearchQuery.of("a b c")).isInstanceOf(Refusal.class).hasMessage("search.tooShort");
        assertThatThrownBy(() -> SearchQuery.of("%%")).isInstanceOf(Refusal.class).hasMessage("search.tooShort");
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(101))).isInstanceOf(Refusal.class).hasMessage("search.tooLong");
        assertThat(SearchQuery.of("x".repeat(100)).text()).hasSize(100);
        assertThat(SearchQuery.of("Lù").text()).isEqualTo("Lù");
    }

    @Test
    void cursorsRoundTripExactlyAndRejectGarbage() {
        SearchCursor cursor = new SearchCursor(new BigDecimal("2.061300"), 42);
        assertThat(SearchCursor.parse(cursor.token())).contains(cursor);
        assertThat(SearchCursor.parse("nonsense")).isEmpty();
        assertThat(SearchCursor.parse("1.0_x")).isEmpty();
        assertThat(SearchCursor.parse(null)).isEmpty();
    }
}
