package social.rapport.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedContentTest {

    @Test
    void aSnippetIsTheTextOnOneLineCutAtItsLimit() {
        assertThat(ReportedContent.snippet("  Hello\n\n  world  ")).isEqualTo("Hello world");
        assertThat(ReportedContent.snippet(null)).isEmpty();
        String cut = ReportedContent.snippet("x".repeat(500));
        assertThat(cut).hasSize(ReportedContent.SNIPPET).endsWith("…");
    }

    @Test
    void queueItemsHaveStableKeysAndElementIds() {
        QueueItem member = new QueueItem(ContentKind.MEMBER, 3, null, null, null, null, null, null, null);
        QueueItem post = new QueueItem(ContentKind.POST, 12, null, null, null, null, null, null, null);
        assertThat(member.key()).isEqualTo("MEMBER-3");
        assertThat(member.elementId()).isEqualTo("report-3");
        assertThat(post.elementId()).isEqualTo("report-post-12");
        assertThat(ReportQueue.link(ContentKind.COMMENT, 5L, 9L)).isEqualTo("/post/5#comment-9");
    }
}
