package social.rapport.web.conversation;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /live}: a signed-in member's socket for live signals (new message, read, typing), opened
 * by resources/rapport/js/conversations.js on every page of a signed-in member. The member is the
 * principal of the handshake; anyone else is closed at once. A plain Jakarta WebSocket endpoint,
 * not Faces' f:websocket, whose session-scoped channel manager cannot be restored on another
 * instance of a cluster (Mojarra's WebsocketChannelManager fails to deserialize there, and with it
 * the whole replicated HTTP session).
 */
@ServerEndpoint("/live")
public class LiveSocket {

    private static final Logger LOG = Logger.getLogger(LiveSocket.class.getName());

    @Inject
    LiveSockets sockets;

    @OnOpen
    public void open(Session session) throws IOException {
        Long member = memberOf(session);
        if (member == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        session.setMaxIdleTimeout(0);
        sockets.add(member, session);
    }

    @OnClose
    public void close(Session session) {
        Long member = memberOf(session);
        if (member != null) {
            sockets.remove(member, session);
        }
    }

    @OnError
    public void error(Session session, Throwable problem) {
        LOG.log(Level.FINE, "live socket failed", problem);
        close(session);
    }

    private static Long memberOf(Session session) {
        Principal principal = session.getUserPrincipal();
        if (principal == null) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
