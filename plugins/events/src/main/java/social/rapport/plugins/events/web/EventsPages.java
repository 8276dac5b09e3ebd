package social.rapport.plugins.events.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import social.rapport.plugins.events.EventsPlugin;
import social.rapport.spi.page.PageAccess;
import social.rapport.spi.page.PageProvider;
import social.rapport.spi.page.PageRule;

/**
 * The access of the plugin's pages, enforced by the core: an event page, its cover and the
 * calendar feed are public (the event's own visibility then decides, in the service); every other
 * page is for members.
 */
@ApplicationScoped
public class EventsPages implements PageProvider {

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.of("/p/events/event", PageAccess.PUBLIC),
                PageRule.of("/p/events/cover", PageAccess.PUBLIC),
                PageRule.of("/p/events/calendar", PageAccess.PUBLIC),
                PageRule.of("/p/events/", PageAccess.MEMBERS));
    }
}
