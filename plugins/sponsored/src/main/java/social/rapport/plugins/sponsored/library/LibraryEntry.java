package social.rapport.plugins.sponsored.library;

import java.time.LocalDate;
import java.util.List;

/**
 * One ad in the public library: who it was for and who paid, the creative (null once purged a year
 * after the end, with its image if it had one), the dates, the targeting parameters, and impressions and reach as ranges.
 */
public record LibraryEntry(long id, String organisation, String payer, String headline, String body, String landingUrl,
                           LocalDate start, LocalDate end, List<String> targeting, String impressions, String reach,
                           String imageHref) implements java.io.Serializable {

    public boolean purged() {
        return headline == null;
    }
}
