package social.rapport.core.notification;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One entry of a member's notification list: possibly several notices grouped into one row.
 *
 * @param actorId      the latest actor, or null (a notice without actor)
 * @param actorHandle  the latest actor's profile handle (null: no profile yet)
 * @param actorPhoto   application-relative URL of the actor's small photo the recipient may see, or null
 * @param others       how many other distinct actors share this entry ("and 12 others")
 */
public record NotificationEntry(long id, String type, Long actorId, String actorName, String actorHandle, String actorPhoto,
                                long others, String text, String link, OffsetDateTime createdAt, boolean read)
        implements Serializable {
}
