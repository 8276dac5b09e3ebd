package social.rapport.web.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sockets open on this instance, by member. Only this instance's: a socket cannot move
 * between instances; signals reach the other instances' sockets through the cluster
 * (social.rapport.core.conversation.ConversationSignals).
 */
@ApplicationScoped
public class LiveSockets {

    private final Map<Long, Set<Session>> open = new ConcurrentHashMap<>();

    void add(long memberId, Session session) {
        open.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(long memberId, Session session) {
        open.computeIfPresent(memberId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Sends the text to every open socket of these members; a closed socket is dropped. */
    void send(Collection<Long> members, String text) {
        for (long member : members) {
            for (Session session : open.getOrDefault(member, Set.of())) {
                if (session.isOpen()) {
                    session.getAsyncRemote().sendText(text);
                } else {
                    remove(member, session);
                }
            }
        }
    }
}
