package social.rapport.plugins.events.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.plugins.events.EventsText;
import social.rapport.plugins.events.event.Event;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.When;
import social.rapport.plugins.events.listing.EventListRepository;
import social.rapport.spi.platform.Audience;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.profile.ProfileSection;
import social.rapport.spi.profile.ProfileSectionProvider;
import social.rapport.spi.platform.Viewer;

/**
 * "Events" on a profile: upcoming events the owner hosts and goes to, keeping only those the viewer
 * may see (an invite-only event the viewer was not invited to is left out, not hidden behind a label).
 */
@ApplicationScoped
public class EventsProfileSection implements ProfileSectionProvider {

    @Inject
    EventListRepository lists;

    @Inject
    EventAccess access;

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public Optional<ProfileSection> section(MemberRef owner, Viewer viewer) {
        List<EventsProfileModel.Entry> hosting = visible(lists.upcomingOf(owner.id(), true, 10), viewer);
        List<EventsProfileModel.Entry> attending = visible(lists.upcomingOf(owner.id(), false, 10), viewer);
        if (hosting.isEmpty() && attending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileSection(EventsText.get(viewer.locale(), "events.profile.title"),
                "/p/events/profile-section.xhtml",
                new EventsProfileModel(EventsText.get(viewer.locale(), "events.profile.hosting"), hosting,
                        EventsText.get(viewer.locale(), "events.profile.attending"), attending),
                Audience.EVERYONE));
    }

    private List<EventsProfileModel.Entry> visible(List<Event> events, Viewer viewer) {
        return events.stream().filter(e -> access.canSee(e, viewer.memberId())).limit(5)
                .map(e -> new EventsProfileModel.Entry(e.title(), e.href(), When.range(e, viewer.locale())))
                .toList();
    }
}
