package social.rapport.core.moderation;

import java.io.Serializable;
import java.time.OffsetDateTime;
import social.rapport.core.connection.Person;
import social.rapport.core.connection.ReportReason;

/**
 * One open report in the admin queue: about a member, or about a post or comment (then
 * {@code reported} is its author, with a snippet of the text and a link to it).
 */
public record QueueItem(ContentKind kind, long id, Person reporter, Person reported, ReportReason reason, String text,
                        String snippet, String link, OffsetDateTime createdAt) implements Serializable {

    /** The id the page's buttons send: "POST-12", "MEMBER-3". */
    public String key() {
        return kind.name() + "-" + id;
    }

    /** The id of its element on the queue page: "report-3" for a member report (as before), "report-post-12". */
    public String elementId() {
        return kind == ContentKind.MEMBER ? "report-" + id : "report-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }
}
