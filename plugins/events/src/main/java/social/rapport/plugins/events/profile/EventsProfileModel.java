package social.rapport.plugins.events.profile;

import java.io.Serializable;
import java.util.List;

/**
 * What the events section of a profile shows (the model of its {@code ProfileSection}), already
 * limited to the events the viewer may see; {@code profile-section.xhtml} reads
 * {@code section.model().hosting()} and so on.
 */
public record EventsProfileModel(String hostingLabel, List<Entry> hosting, String attendingLabel, List<Entry> attending)
        implements Serializable {

    public EventsProfileModel {
        hosting = List.copyOf(hosting);
        attending = List.copyOf(attending);
    }

    /** One event: its title, link and when it happens, in the viewer's language and zone. */
    public record Entry(String title, String href, String when) implements Serializable {
    }
}
