package social.rapport.plugins.recruiter.candidate;

import java.util.Locale;
import java.util.regex.Pattern;
import social.rapport.spi.error.Refusal;

/** Who may see that a member is open: never the current employer, and only chosen organisations when so set. */
public final class OpenToRules {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private OpenToRules() {
    }

    public static boolean visibleTo(OpenTo o, long organisationId, String organisationName) {
        if (!o.open()) {
            return false;
        }
        if (sameOrganisation(o.currentEmployer(), organisationName)) {
            return false;
        }
        return !o.onlyChosen() || o.chosen().contains(organisationId);
    }

    /** Names compared without case, spaces and punctuation ("ACME S.p.A." is "acme spa"). */
    public static boolean sameOrganisation(String a, String b) {
        String x = key(a);
        return !x.isEmpty() && x.equals(key(b));
    }

    public static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The form, trimmed and checked. */
    public static OpenTo check(OpenTo o) {
        String roles = text(o.roles(), 300, "roles");
        String titles = text(o.titles(), 300, "titles");
        String locations = text(o.locations(), 300, "locations");
        String skills = text(o.skills(), 500, "skills");
        String employer = text(o.currentEmployer(), 120, "currentEmployer");
        if (o.minPay() != null && o.minPay() < 0) {
            throw new Refusal("minPay", "recruiter.openTo.error.minPay");
        }
        String currency = o.currency() == null || o.currency().isBlank() ? null : o.currency().strip().toUpperCase(Locale.ROOT);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            throw new Refusal("currency", "recruiter.job.error.currency");
        }
        if (o.minPay() != null && currency == null) {
            throw new Refusal("currency", "recruiter.job.error.currency");
        }
        if (o.open() && roles.isEmpty()) {
            throw new Refusal("roles", "recruiter.openTo.error.roles");
        }
        if (o.onlyChosen() && o.chosen().isEmpty() && o.open()) {
            throw new Refusal("chosen", "recruiter.openTo.error.chosen");
        }
        return new OpenTo(o.memberId(), o.open(), roles, titles, locations, o.remote(), skills, o.minPay(), currency, employer,
                o.onlyChosen(), o.chosen());
    }

    private static String text(String s, int max, String field) {
        String t = s == null ? "" : s.strip();
        if (t.length() > max) {
            throw new Refusal(field, "recruiter.openTo.error.long");
        }
        return t;
    }
}
