package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import social.rapport.core.cluster.ClusterBus;
import social.rapport.core.cluster.ClusterNotice;

/**
 * Hands signals to every instance only after the transaction that caused them committed, so a
 * page never reloads before the message is there (and never for a rollback): the signal goes out
 * as a {@link ClusterNotice}, and each instance (this one too) gives what it hears to its
 * {@link ConversationChannel}, which reaches the sockets open on that instance. When PostgreSQL
 * cannot take the notice, this instance's sockets still get the signal. A failing channel never
 * fails the send: the message is stored, the page shows it on reload.
 */
@ApplicationScoped
public class ConversationSignals {

    static final String TOPIC = "conversation";
    /** Recipients per notice: ids of up to 19 digits, so a notice stays far below NOTIFY's limit. */
    static final int RECIPIENTS_PER_NOTICE = 300;

    private static final Logger LOG = Logger.getLogger(ConversationSignals.class.getName());

    @Inject
    ConversationChannel channel;

    @Inject
    ClusterBus bus;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationSignal signal) {
        if (signal.recipients().isEmpty()) {
            return;
        }
        try {
            for (ConversationSignal part : split(signal)) {
                bus.publish(new ClusterNotice(TOPIC, encode(part)));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cluster delivery failed for conversation " + signal.conversationId() + "; this instance only", e);
            deliver(signal);
        }
    }

    void heard(@Observes ClusterNotice notice) {
        if (TOPIC.equals(notice.topic())) {
            deliver(decode(notice.body()));
        }
    }

    private void deliver(ConversationSignal signal) {
        try {
            channel.publish(signal);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live delivery failed for conversation " + signal.conversationId(), e);
        }
    }

    static List<ConversationSignal> split(ConversationSignal signal) {
        List<Long> all = new ArrayList<>(signal.recipients());
        List<ConversationSignal> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += RECIPIENTS_PER_NOTICE) {
            Set<Long> some = Set.copyOf(all.subList(from, Math.min(all.size(), from + RECIPIENTS_PER_NOTICE)));
            parts.add(new ConversationSignal(some, signal.conversationId(), signal.kind(), signal.actorId(), signal.actorName()));
        }
        return parts;
    }

    /** conversation, kind, actor, recipients (comma-separated), then the actor's name (which may hold anything). */
    static String encode(ConversationSignal s) {
        String recipients = s.recipients().stream().map(String::valueOf).collect(Collectors.joining(","));
        return s.conversationId() + " " + s.kind() + " " + s.actorId() + " " + recipients + " " + s.actorName();
    }

    static ConversationSignal decode(String body) {
        String[] part = body.split(" ", 5);
        Set<Long> recipients = new HashSet<>();
        Arrays.stream(part[3].split(",")).filter(id -> !id.isEmpty()).map(Long::valueOf).forEach(recipients::add);
        return new ConversationSignal(Set.copyOf(recipients), Long.parseLong(part[0]), part[1], Long.parseLong(part[2]),
                part.length > 4 ? part[4] : "");
    }
}
