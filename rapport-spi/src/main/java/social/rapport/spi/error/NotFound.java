package social.rapport.spi.error;

/**
 * What was asked for does not exist, or the caller may not know that it exists. On a plugin page
 * the core answers 404, exactly like an unknown address.
 */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what);
    }
}
