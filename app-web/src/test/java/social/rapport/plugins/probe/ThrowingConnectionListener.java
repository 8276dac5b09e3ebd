package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import social.rapport.spi.connection.ConnectionChange;
import social.rapport.spi.connection.ConnectionListener;

/** Throws on every event; the core action must still succeed. */
@ApplicationScoped
public class ThrowingConnectionListener implements ConnectionListener {

    @Override
    public String pluginId() {
        return FaultyPlugin.ID;
    }

    @Override
    public void invitationSent(ConnectionChange change) {
        throw new IllegalStateException("faulty listener: invitationSent");
    }

    @Override
    public void memberBlocked(ConnectionChange change) {
        throw new IllegalStateException("faulty listener: memberBlocked");
    }

    @Override
    public void memberFollowed(ConnectionChange change) {
        throw new IllegalStateException("faulty listener: memberFollowed");
    }
}
