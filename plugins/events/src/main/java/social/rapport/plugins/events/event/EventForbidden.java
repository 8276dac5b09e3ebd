package social.rapport.plugins.events.event;

/** The caller sees the event but may not do this to it (e.g. edit it without being a host): 403. */
public class EventForbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventForbidden(String what) {
        super(what);
    }
}
