package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Member;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.interaction.InteractionLog;
import social.rapport.core.platform.Refusal;

/**
 * Stores a message and everything that follows from it, in the caller's transaction: the
 * conversation's latest message and reply facts, the members' activity time and unread counts,
 * the interaction log ("last contact"), and the live signal (sent after commit).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MessageWriter {

    static final int MAX_BODY = 5000;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    InteractionLog interactions;

    @Inject
    AccountService accounts;

    @Inject
    Event<ConversationSignal> signals;

    /** The message text as stored, or a refusal for the field {@code body}. */
    static String checkedBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new Refusal("body", "conversation.message.empty");
        }
        if (text.length() > MAX_BODY) {
            throw new Refusal("body", "conversation.message.tooLong");
        }
        return text;
    }

    long write(long conversationId, long sender, String body, Ending ending) {
        Object[] row = (Object[]) em.createNativeQuery("insert into message (conversation_id, sender_id, kind, ending, body) "
                        + "values (?1, ?2, ?3, ?4, ?5) returning id, created_at")
                .setParameter(1, conversationId).setParameter(2, sender)
                .setParameter(3, ending == null ? "TEXT" : "ENDING").setParameter(4, ending == null ? null : ending.name())
                .setParameter(5, body).getSingleResult();
        long id = Sql.id(row[0]);
        // the first message, and the first answer from someone else, feed the reply rate
        em.createNativeQuery("update conversation set last_message_id = ?2, last_sender_id = ?3, last_message_at = ?4, "
                        + "first_sender_id = coalesce(first_sender_id, ?3), first_message_at = coalesce(first_message_at, ?4), "
                        + "first_reply_at = case when first_reply_at is null and first_sender_id is not null and first_sender_id <> ?3 "
                        + "then ?4 else first_reply_at end where id = ?1")
                .setParameter(1, conversationId).setParameter(2, id).setParameter(3, sender).setParameter(4, row[1]).executeUpdate();
        em.createNativeQuery("update conversation_member set last_activity_at = ?3, "
                        + "unread = case when member_id = ?2 then 0 else unread + 1 end, "
                        + "last_read_message_id = case when member_id = ?2 then ?4 else last_read_message_id end, "
                        + "remind_at = case when member_id = ?2 then null else remind_at end "
                        + "where conversation_id = ?1 and left_at is null")
                .setParameter(1, conversationId).setParameter(2, sender).setParameter(3, row[1]).setParameter(4, id).executeUpdate();
        Set<Long> others = others(conversationId, sender);
        for (long other : others) {
            interactions.record(sender, other, "message");
        }
        signal(conversationId, sender, others, "message");
        return id;
    }

    /** The active members other than {@code me}. */
    Set<Long> others(long conversationId, long me) {
        return new HashSet<>(Sql.ids(em, "select member_id from conversation_member where conversation_id = ?1 "
                + "and left_at is null and member_id <> ?2", conversationId, me));
    }

    void signal(long conversationId, long actor, Set<Long> recipients, String kind) {
        String name = accounts.find(actor).map(Member::getDisplayName).orElse("");
        signals.fire(new ConversationSignal(Set.copyOf(recipients), conversationId, kind, actor, name));
    }

    /** The other member of a direct conversation. */
    long otherOf(long conversationId, long me) {
        List<Long> ids = Sql.ids(em, "select member_id from conversation_member where conversation_id = ?1 and member_id <> ?2",
                conversationId, me);
        return ids.isEmpty() ? me : ids.get(0);
    }
}
