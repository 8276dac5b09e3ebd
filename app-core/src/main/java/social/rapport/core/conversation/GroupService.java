package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.platform.Relationships;

/**
 * Group conversations: started by a member among their connections (at most
 * {@value #MAX_MEMBERS} members with the creator), who alone may add more of their connections;
 * any member may leave.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    public static final int MAX_MEMBERS = 50;
    public static final int MAX_TITLE = 100;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    @Inject
    Relationships relationships;

    @Inject
    ConversationService conversations;

    @Inject
    MessageWriter writer;

    /** Starts a group with some of the caller's connections and a first message; returns its id. */
    public long create(String title, Collection<Long> memberIds, String body) {
        long me = caller.requireVerified("body");
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new Refusal("title", "conversation.group.titleRequired");
        }
        if (name.length() > MAX_TITLE) {
            throw new Refusal("title", "conversation.group.titleTooLong");
        }
        Set<Long> members = new LinkedHashSet<>(memberIds);
        members.remove(me);
        if (members.isEmpty()) {
            throw new Refusal("members", "conversation.group.noMembers");
        }
        if (members.size() + 1 > MAX_MEMBERS) {
            throw new Refusal("members", "conversation.group.tooMany");
        }
        String text = MessageWriter.checkedBody(body);
        rateLimits.take(LimitedAction.GROUP, me, "title");
        Set<Long> mine = relationships.connectionsOf(me);
        for (long other : members) {
            if (!mine.contains(other) || relationships.blocked(me, other)) {
                throw new Refusal("members", "conversation.group.connectionsOnly");
            }
        }
        long id = conversations.create("GROUP", "OPEN", name, me, null, false);
        conversations.join(id, me, "INBOX");
        members.forEach(other -> conversations.join(id, other, "INBOX"));
        writer.write(id, me, text, null);
        return id;
    }

    /** The creator adds one of their connections. */
    public void add(long conversationId, long memberId) {
        long me = caller.memberId();
        Membership m = Membership.of(em, conversationId, me, true);
        if (!m.group() || m.creatorId() != me) {
            throw new AccessDenied("only the group's creator adds members");
        }
        if (!relationships.connected(me, memberId) || relationships.blocked(me, memberId)) {
            throw new Refusal("member", "conversation.group.connectionsOnly");
        }
        if (Sql.exists(em, "select 1 from conversation_member where conversation_id = ?1 and member_id = ?2 and left_at is null",
                conversationId, memberId)) {
            throw new Refusal("member", "conversation.group.alreadyMember");
        }
        // leaving is a choice: nobody puts a member back into a group they left (there is no asking them yet)
        if (Sql.exists(em, "select 1 from conversation_member where conversation_id = ?1 and member_id = ?2 and left_at is not null",
                conversationId, memberId)) {
            throw new Refusal("member", "conversation.group.left");
        }
        Number count = (Number) em.createNativeQuery("select count(*) from conversation_member where conversation_id = ?1 "
                + "and left_at is null").setParameter(1, conversationId).getSingleResult();
        if (count.intValue() >= MAX_MEMBERS) {
            throw new Refusal("member", "conversation.group.tooMany");
        }
        conversations.join(conversationId, memberId, "INBOX");
        writer.signal(conversationId, me, writer.others(conversationId, me), "message");
    }

    /** The caller leaves a group: it disappears from their list and they read no more of it. */
    public void leave(long conversationId) {
        long me = caller.memberId();
        Membership m = Membership.of(em, conversationId, me, true);
        if (!m.group()) {
            throw new Refusal("leave", "conversation.group.directCannotLeave");
        }
        em.createNativeQuery("update conversation_member set left_at = now(), unread = 0 where conversation_id = ?1 and member_id = ?2")
                .setParameter(1, conversationId).setParameter(2, me).executeUpdate();
        writer.signal(conversationId, me, writer.others(conversationId, me), "message");
    }
}
