package social.rapport.core.platform;

import social.rapport.spi.error.Forbidden;

/** The caller may not do this. Pages answer 403; it is never shown as a stack trace. */
public class AccessDenied extends Forbidden {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String what) {
        super(what);
    }
}
