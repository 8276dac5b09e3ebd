package social.rapport.core.conversation;

import java.time.OffsetDateTime;

/**
 * One message as its reader sees it. A message deleted for everyone keeps its place with no text.
 *
 * @param mine      written by the reader
 * @param editable  the reader may still edit it or delete it for everyone (their own, within the window)
 */
public record MessageRow(long id, Participant sender, boolean mine, Ending ending, String body, OffsetDateTime createdAt,
                         boolean edited, boolean deleted, boolean editable) {
}
