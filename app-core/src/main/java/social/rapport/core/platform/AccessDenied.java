package social.rapport.core.platform;

/** The caller may not do this. Pages answer 403; it is never shown as a stack trace. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String what) {
        super(what);
    }
}
