package social.rapport.plugins.events.event;

import social.rapport.spi.error.NotFound;

/**
 * The event does not exist or the caller may not see it: both answer 404 (the SPI's standard
 * {@link NotFound}, mapped by the core), so that guessing ids of invite-only events tells a
 * stranger nothing.
 */
public class EventNotFound extends NotFound {

    private static final long serialVersionUID = 1L;

    public EventNotFound(long id) {
        super("no visible event " + id);
    }
}
