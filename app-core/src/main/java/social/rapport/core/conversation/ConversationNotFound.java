package social.rapport.core.conversation;

/**
 * No conversation (or message) with this id that the caller takes part in. Pages answer 404, the
 * same as for an id that does not exist, so guessing ids tells nothing.
 */
public class ConversationNotFound extends RuntimeException {

    public ConversationNotFound(long id) {
        super("no conversation or message " + id + " for the caller");
    }
}
