package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.conversation.Conversations;
import social.rapport.spi.conversation.MessageAnswer;
import social.rapport.spi.conversation.SentMessage;

/**
 * The {@link Conversations} platform service: a plugin's message goes through
 * {@link ConversationService#send}, with all of its checks, and answers are read from the
 * conversation's later messages and its state.
 */
@ApplicationScoped
@Transactional
public class PlatformConversations implements Conversations {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    ConversationService conversations;

    @Inject
    Caller caller;

    @Override
    public SentMessage send(long recipientId, String body) {
        if (!caller.signedIn()) {
            throw new SecurityException("Sign in first");
        }
        long me = caller.memberId();
        long conversation = conversations.send(recipientId, body);
        Object[] row = (Object[]) em.createNativeQuery("select (select max(m.id) from message m where m.conversation_id = ?1 "
                        + "and m.sender_id = ?2), c.state = 'REQUEST' from conversation c where c.id = ?1")
                .setParameter(1, conversation).setParameter(2, me).getSingleResult();
        return new SentMessage(conversation, Sql.id(row[0]), Boolean.TRUE.equals(row[1]), "/messages/conversation?id=" + conversation);
    }

    @Override
    public List<MessageAnswer> answers(long senderId, Collection<Long> messageIds) {
        if (messageIds == null || messageIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, (select min(a.created_at) from message a where a.conversation_id = m.conversation_id "
                        + "and a.id > m.id and a.sender_id <> m.sender_id), c.state = 'DECLINED' "
                        + "from message m join conversation c on c.id = m.conversation_id "
                        + "where m.sender_id = ?1 and m.id = any(cast(?2 as bigint[]))")
                .setParameter(1, senderId).setParameter(2, Sql.array(messageIds)).getResultList();
        List<MessageAnswer> answers = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            answers.add(new MessageAnswer(Sql.id(row[0]), row[1] == null ? null : Sql.time(row[1]).toInstant(), Boolean.TRUE.equals(row[2])));
        }
        return answers;
    }
}
