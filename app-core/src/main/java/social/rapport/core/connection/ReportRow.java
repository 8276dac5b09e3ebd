package social.rapport.core.connection;

import java.time.OffsetDateTime;

/** An open report in the admin queue. */
public record ReportRow(long id, Person reporter, Person reported, ReportReason reason, String text, OffsetDateTime createdAt) {
}
