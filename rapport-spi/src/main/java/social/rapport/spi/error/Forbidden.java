package social.rapport.spi.error;

/** The caller may not do this. On a plugin page the core answers 403; never shown as a stack trace. */
public class Forbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String what) {
        super(what);
    }
}
