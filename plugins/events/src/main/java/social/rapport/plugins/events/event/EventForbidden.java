package social.rapport.plugins.events.event;

import social.rapport.spi.error.Forbidden;

/** The caller sees the event but may not do this to it (e.g. edit it without being a host): 403 (the SPI's standard {@link Forbidden}). */
public class EventForbidden extends Forbidden {

    private static final long serialVersionUID = 1L;

    public EventForbidden(String what) {
        super(what);
    }
}
