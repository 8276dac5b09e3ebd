package social.rapport.plugins.events;

import jakarta.enterprise.context.ApplicationScoped;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

/** The descriptor of the events plugin. Its id names the tables, the migrations, the config keys and /p/events/. */
@ApplicationScoped
public class EventsPlugin implements Plugin {

    public static final String ID = "events";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Events";
    }

    @Override
    public String description() {
        return "Events with RSVPs, a waitlist, invitations, a discussion, calendar files, reminders, "
                + "and a follow-up that turns people met at an event into connections.";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }
}
