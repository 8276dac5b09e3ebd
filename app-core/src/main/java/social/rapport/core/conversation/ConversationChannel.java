package social.rapport.core.conversation;

/**
 * Delivers {@link ConversationSignal}s to members' open pages on this instance. The web module
 * implements it with Faces websocket push. {@link ConversationSignals} calls it on every instance
 * of a cluster with each signal heard through PostgreSQL NOTIFY, so a member whose socket is open
 * on another instance than the sender's is told too.
 */
public interface ConversationChannel {

    void publish(ConversationSignal signal);
}
