package social.rapport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestInputFilterTest {

    @Test
    void nulAndOtherControlCharactersAreRefusedTabsAndLineBreaksAreText() {
        assertThat(RequestInputFilter.hasControlCharacter("a\u0000b")).isTrue();
        assertThat(RequestInputFilter.hasControlCharacter("\u001b[31m")).isTrue();
        assertThat(RequestInputFilter.hasControlCharacter("\u007f")).isTrue();
        assertThat(RequestInputFilter.hasControlCharacter("line one\r\nline two\tend")).isFalse();
        assertThat(RequestInputFilter.hasControlCharacter("Zoë \u202e Ünïcode \ufffd")).isFalse();
    }

    @Test
    void namesCountAsMuchAsValues() {
        assertThat(RequestInputFilter.hasControlCharacter(Map.of("q\u0000", new String[] {"ok"}))).isTrue();
        assertThat(RequestInputFilter.hasControlCharacter(Map.of("q", new String[] {"ok", "\u0001"}))).isTrue();
        assertThat(RequestInputFilter.hasControlCharacter(Map.of("q", new String[] {"fine"}))).isFalse();
    }
}
