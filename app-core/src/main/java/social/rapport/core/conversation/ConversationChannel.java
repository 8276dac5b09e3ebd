package social.rapport.core.conversation;

/**
 * Delivers {@link ConversationSignal}s to members' open pages. The web module implements it with
 * Faces websocket push to the members' sessions on this instance. On a cluster, an implementation
 * would publish the signal on a Hazelcast topic (or PostgreSQL NOTIFY) and every instance would
 * hand it to its local push; callers do not change.
 */
public interface ConversationChannel {

    void publish(ConversationSignal signal);
}
