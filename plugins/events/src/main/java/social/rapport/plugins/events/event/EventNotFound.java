package social.rapport.plugins.events.event;

/**
 * The event does not exist or the caller may not see it: both answer 404, so that guessing ids of
 * invite-only events tells a stranger nothing.
 */
public class EventNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventNotFound(long id) {
        super("no visible event " + id);
    }
}
