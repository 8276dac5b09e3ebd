package social.rapport.plugins.sponsored;

/** The caller may not do this (not an approved advertiser, another advertiser's campaign, not an admin): pages answer 403 or 404. */
public class SponsoredForbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SponsoredForbidden(String what) {
        super(what);
    }
}
