package social.rapport.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedTextTest {

    @Test
    void markupIsEscapedNeverPassedThrough() {
        assertThat(LinkedText.html("<script>alert('x')</script> & <b>bold</b>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(LinkedText.html("\"quoted\"")).isEqualTo("&quot;quoted&quot;");
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(LinkedText.html("one\ntwo\r\nthree\rfour")).isEqualTo("one<br/>two<br/>three<br/>four");
    }

    @Test
    void urlsBecomeLinksThatAreNotFollowedAndCannotReachTheOpener() {
        assertThat(LinkedText.html("See https://example.org/a?b=1&c=2 now"))
                .isEqualTo("See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\" target=\"_blank\">"
                        + "https://example.org/a?b=1&amp;c=2</a> now");
        assertThat(LinkedText.html("www.example.org"))
                .isEqualTo("<a href=\"https://www.example.org\" rel=\"nofollow ugc noopener\" target=\"_blank\">www.example.org</a>");
    }

    @Test
    void punctuationAfterAUrlStaysOutsideTheLink() {
        assertThat(LinkedText.html("Visit http://example.org."))
                .isEqualTo("Visit <a href=\"http://example.org\" rel=\"nofollow ugc noopener\" target=\"_blank\">http://example.org</a>.");
        assertThat(LinkedText.html("(see https://example.org)"))
                .endsWith(">https://example.org</a>)");
        assertThat(LinkedText.html("https://en.wikipedia.org/wiki/Ada_(programming_language)"))
                .contains("href=\"https://en.wikipedia.org/wiki/Ada_(programming_language)\"");
    }

    @Test
    void otherSchemesAreNotLinked() {
        assertThat(LinkedText.html("javascript:alert(1) data:text/html,x ftp://x.org")).doesNotContain("<a ");
    }

    @Test
    void aUrlCannotBreakOutOfTheAttribute() {
        String html = LinkedText.html("https://example.org/\"onmouseover=\"alert(1)");
        assertThat(html).doesNotContain("\"onmouseover").contains("href=\"https://example.org/\"");
        assertThat(LinkedText.html("https://example.org/<script>")).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void emptyIsEmpty() {
        assertThat(LinkedText.html(null)).isEmpty();
        assertThat(LinkedText.html("")).isEmpty();
    }
}
