package social.rapport.plugins.sponsored;

/** No such campaign (or none the caller may know about): pages answer 404. */
public class SponsoredNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SponsoredNotFound(String what) {
        super(what);
    }
}
