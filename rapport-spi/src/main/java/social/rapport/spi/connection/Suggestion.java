package social.rapport.spi.connection;

import java.util.Objects;

/**
 * A person a member may know.
 *
 * @param memberId who is suggested
 * @param score    how strong the reason is; sources should keep it between 0 and 1
 * @param reason   why, in words the member reads (e.g. "12 mutual connections")
 */
public record Suggestion(long memberId, double score, String reason) {

    public Suggestion {
        Objects.requireNonNull(reason, "reason");
    }
}
