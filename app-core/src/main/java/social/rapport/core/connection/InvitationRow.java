package social.rapport.core.connection;

import java.time.OffsetDateTime;

/** An invitation as its sender or recipient sees it; {@code other} is the member on the other side. */
public record InvitationRow(long id, Person other, HowMet howMet, String note, boolean notNow, OffsetDateTime createdAt) {
}
