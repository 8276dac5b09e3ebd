package social.rapport.core.moderation;

/**
 * The post or comment does not exist for this caller (never written, deleted, removed, or not
 * visible to them): pages answer 404, so that a hidden item cannot be told from a missing one.
 */
public class ContentUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentUnavailable(String message) {
        super(message);
    }
}
