package social.rapport.core.moderation;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One recorded admin action: who did what to whom, about which item, when. */
public record ModerationRecord(long id, String adminName, String action, ContentKind kind, long subjectId, String subjectName,
                               String link, String note, OffsetDateTime createdAt) implements Serializable {
}
