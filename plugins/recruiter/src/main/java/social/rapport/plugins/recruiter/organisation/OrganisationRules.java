package social.rapport.plugins.recruiter.organisation;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import social.rapport.spi.error.Refusal;

/** The rules of an organisation's page: a name, an http(s) website if any, a slug made from the name. */
public final class OrganisationRules {

    private OrganisationRules() {
    }

    public static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new Refusal("name", "recruiter.org.error.name");
        }
        return n;
    }

    /** Blank means none; otherwise an absolute http or https address. */
    public static String website(String website) {
        String w = website == null ? "" : website.strip();
        if (w.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(w);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && w.length() <= 300) {
                return w;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new Refusal("website", "recruiter.org.error.website");
    }

    public static String description(String description) {
        String d = description == null ? "" : description.strip();
        if (d.length() > 4000) {
            throw new Refusal("description", "recruiter.org.error.description");
        }
        return d;
    }

    /** "Acme Café & Co." becomes "acme-cafe-co". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            slug = "org";
        }
        return slug.length() > 50 ? slug.substring(0, 50) : slug;
    }
}
