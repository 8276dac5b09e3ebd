package social.rapport.web.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import social.rapport.core.conversation.ConversationChannel;
import social.rapport.core.conversation.ConversationSignal;

/**
 * The local {@link ConversationChannel}: a JSON signal to each recipient's live sockets open on
 * this instance ({@link LiveSocket}). The core calls it on every instance with each signal it
 * hears from the cluster (ConversationSignals), on the cluster listener's thread, outside any request.
 */
@ApplicationScoped
public class PushConversationChannel implements ConversationChannel {

    @Inject
    LiveSockets sockets;

    @Override
    public void publish(ConversationSignal signal) {
        String message = Json.createObjectBuilder()
                .add("kind", signal.kind())
                .add("conversation", signal.conversationId())
                .add("actor", signal.actorId())
                .add("name", signal.actorName())
                .build().toString();
        sockets.send(signal.recipients(), message);
    }
}
