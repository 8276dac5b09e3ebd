package social.rapport.core.profile;

import java.time.YearMonth;
import java.util.List;
import social.rapport.spi.profile.ProfileSection;

/**
 * A profile as one viewer may see it. A part the owner did not share with this viewer is
 * {@code null} (not merely flagged hidden), so a page cannot show it by mistake.
 *
 * @param photoUrl        application-relative URL of the large photo, or null
 * @param experience      null when hidden; may be empty when shared
 * @param connectionCount null when the owner does not share their connections with this viewer
 * @param sections        plugin sections this viewer may see, in order
 * @param own             whether the viewer is the owner
 */
public record ProfileView(long memberId, String handle, String displayName, String headline, String photoUrl,
                          String location, String about, List<Experience> experience, List<Education> education,
                          List<String> skills, List<OpenTo> openTo, Long connectionCount, List<Section> sections,
                          boolean own) {

    /** The about text as safe HTML (escaped, line breaks kept, URLs linked), or null when hidden. */
    public String aboutHtml() {
        return about == null ? null : LinkedText.html(about);
    }

    /** @param end null while the position lasts */
    public record Experience(String title, String organisation, YearMonth start, YearMonth end, String description) {
    }

    public record Education(String school, String degree, String field, Integer startYear, Integer endYear) {
    }

    /** A plugin's section with the id of the plugin that added it. */
    public record Section(String pluginId, ProfileSection section) {
    }
}
