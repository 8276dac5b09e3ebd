package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.spi.connection.ConnectionListener;

/**
 * Tells enabled plugins' {@link ConnectionListener}s about a change once it is committed, so a
 * rolled-back action is never announced, and a failing listener (isolated by PluginCalls) can
 * neither undo nor break it.
 */
@ApplicationScoped
public class ConnectionEventDispatch {

    @Inject
    PluginCalls calls;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConnectionEvent event) {
        calls.each(ConnectionListener.class, listener -> event.kind().deliver(listener, event.change()));
    }
}
