package social.rapport.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import social.rapport.core.conversation.ConversationChannel;
import social.rapport.core.conversation.ConversationSignal;

/**
 * The local {@link ConversationChannel}: Faces websocket push to the {@value #CHANNEL} channel of
 * each recipient (a user-scoped {@code f:websocket}, keyed by member id, opened by the header on
 * every page of a signed-in member). It reaches the sockets of this server instance only; see
 * docs/conversations.md for crossing instances. Request-scoped: signals are published after the
 * commit of the request that caused them.
 */
@RequestScoped
public class PushConversationChannel implements ConversationChannel {

    public static final String CHANNEL = "rapport";

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    @Override
    public void publish(ConversationSignal signal) {
        Map<String, Object> message = Map.of("kind", signal.kind(), "conversation", signal.conversationId(),
                "actor", signal.actorId(), "name", signal.actorName());
        push.send(message, signal.recipients());
    }
}
