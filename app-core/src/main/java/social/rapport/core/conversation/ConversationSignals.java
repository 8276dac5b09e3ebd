package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands signals to the {@link ConversationChannel} only after the transaction that caused them
 * committed, so a page never reloads before the message is there (and never for a rollback).
 * A failing channel never fails the send: the message is stored, the page shows it on reload.
 */
@ApplicationScoped
public class ConversationSignals {

    private static final Logger LOG = Logger.getLogger(ConversationSignals.class.getName());

    @Inject
    ConversationChannel channel;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationSignal signal) {
        if (signal.recipients().isEmpty()) {
            return;
        }
        try {
            channel.publish(signal);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live delivery failed for conversation " + signal.conversationId(), e);
        }
    }
}
