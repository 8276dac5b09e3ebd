package social.rapport.plugins.recruiter.candidate;

import java.util.Set;

/**
 * What a member tells recruiters when open to opportunities: roles wanted, job titles held, skills,
 * locations, remote, minimum pay. {@code currentEmployer} is never shown
 * to anyone: it only excludes that organisation. {@code chosen} holds organisation ids when
 * {@code onlyChosen}.
 */
public record OpenTo(long memberId, boolean open, String roles, String titles, String locations, boolean remote, String skills,
                     Integer minPay, String currency, String currentEmployer, boolean onlyChosen, Set<Long> chosen) {

    public OpenTo {
        chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
    }

    public static OpenTo closed(long memberId) {
        return new OpenTo(memberId, false, "", "", "", false, "", null, null, "", false, Set.of());
    }
}
