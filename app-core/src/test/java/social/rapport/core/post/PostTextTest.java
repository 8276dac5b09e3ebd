package social.rapport.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PostTextTest {

    @Test
    void findsMentionsAndHashtagsOutsideWordsEmailsAndUrls() {
        String text = "Thanks @ana-rossi and @Bob_x! Mail me at me@example.com. #Java #java #Jakarta_EE see https://x.org/a#frag and c#sharp";
        assertThat(PostText.mentions(text)).containsExactly("ana-rossi");
        assertThat(PostText.hashtags(text)).containsExactly("java", "jakarta_ee");
    }

    @Test
    void hashtagsMustStartWithALetterAndMayBeAccented() {
        assertThat(PostText.hashtags("#2024 #città #a1")).containsExactly("città", "a1");
    }

    @Test
    void htmlEscapesEverythingAndLinksOnlyKnownMentions() {
        String html = PostText.html("<b>hi</b> @ana @ghost #Rome https://example.org/?a=1&b=2", Set.of("ana"), "/ctx");
        assertThat(html).startsWith("&lt;b&gt;hi&lt;/b&gt; ");
        assertThat(html).contains("<a class=\"mention\" href=\"/ctx/in/ana\">@ana</a>");
        assertThat(html).contains(" @ghost ");
        assertThat(html).contains("<a class=\"hashtag\" href=\"/ctx/tag/rome\">#Rome</a>");
        assertThat(html).contains("<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"nofollow ugc noopener\" target=\"_blank\">");
        assertThat(html).doesNotContain("<b>");
    }

    @Test
    void aUrlFragmentIsNotAHashtag() {
        String html = PostText.html("see https://x.org/page#section now", Set.of(), "");
        assertThat(html).doesNotContain("class=\"hashtag\"");
        assertThat(html).contains("href=\"https://x.org/page#section\"");
    }

    @Test
    void lineBreaksBecomeBreaks() {
        assertThat(PostText.html("one\n#two", Set.of(), "")).isEqualTo("one<br/><a class=\"hashtag\" href=\"/tag/two\">#two</a>");
    }

    @Test
    void excerptsAreOneLineAndBounded() {
        assertThat(PostText.excerpt("a\n  b", 60)).isEqualTo("a b");
        assertThat(PostText.excerpt("x".repeat(100), 60)).hasSize(60).endsWith("…");
    }
}
