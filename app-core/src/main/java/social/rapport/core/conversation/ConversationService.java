package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.account.Caller;
import social.rapport.core.connection.ConnectionService;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.notification.CoreNotificationTypes;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.Relationships;

/**
 * Direct conversations, message requests and the messages in any conversation. Every action starts
 * from the caller's {@link Membership}: a member who does not take part gets
 * {@link ConversationNotFound}, whatever id they guess.
 */
@ApplicationScoped
@Transactional
public class ConversationService {

    /** Own messages may be edited, or deleted for everyone, for this many minutes. */
    public static final int EDIT_MINUTES = 15;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    @Inject
    Relationships relationships;

    @Inject
    MessageWriter writer;

    @Inject
    ConnectionService connections;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ direct and requests

    /**
     * Writes to one member: into the direct conversation with them (created if needed) when they are
     * a connection or it was accepted before, otherwise as a message request. Returns the conversation.
     */
    public long send(long recipientId, String body) {
        long me = caller.requireVerified("body");
        String text = MessageWriter.checkedBody(body);
        if (recipientId == me || !active(recipientId) || relationships.blocked(me, recipientId)) {
            throw new Refusal("body", "conversation.unavailable");
        }
        boolean connected = relationships.connected(me, recipientId);
        String key = Math.min(me, recipientId) + ":" + Math.max(me, recipientId);
        // two members writing to each other for the first time at once: one creates the conversation, the other waits and finds it
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))").setParameter(1, "conversation:" + key).getSingleResult();
        List<Long> existing = Sql.ids(em, "select id from conversation where direct_key = ?1 for update", key);
        if (!existing.isEmpty()) {
            long id = existing.get(0);
            if (connected) {
                // connections may always talk: a pending or declined request between them opens
                em.createNativeQuery("update conversation set state = 'OPEN' where id = ?1").setParameter(1, id).executeUpdate();
                em.createNativeQuery("update conversation_member set folder = 'INBOX', left_at = null where conversation_id = ?1")
                        .setParameter(1, id).executeUpdate();
            }
            post(id, text);
            return id;
        }
        if (!connected) {
            return request(me, recipientId, key, text);
        }
        long id = create("DIRECT", "OPEN", null, me, key, false);
        join(id, me, "INBOX");
        join(id, recipientId, "INBOX");
        writer.write(id, me, text, null);
        return id;
    }

    private long request(long me, long recipientId, String key, String text) {
        rateLimits.take(LimitedAction.MESSAGE_REQUEST, me, "body");
        long id = create("DIRECT", "REQUEST", null, me, key, true);
        join(id, me, "INBOX");
        join(id, recipientId, "REQUESTS");
        writer.write(id, me, text, null);
        notifier.send(new Notice(recipientId, CoreNotificationTypes.MESSAGE_REQUEST, me, "sent you a message request",
                "/messages?folder=requests", null));
        return id;
    }

    long create(String kind, String state, String title, long creator, String key, boolean request) {
        return Sql.id(em.createNativeQuery("insert into conversation (kind, state, title, creator_id, direct_key, requested_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, case when ?6 then now() end) returning id")
                .setParameter(1, kind).setParameter(2, state).setParameter(3, title).setParameter(4, creator)
                .setParameter(5, key).setParameter(6, request).getSingleResult());
    }

    void join(long conversationId, long memberId, String folder) {
        // history_from: what was written before joining stays unread and unseen (a group member added later)
        em.createNativeQuery("insert into conversation_member (conversation_id, member_id, folder, last_read_message_id, history_from) "
                        + "values (?1, ?2, ?3, coalesce((select last_message_id from conversation where id = ?1), 0), "
                        + "coalesce((select last_message_id from conversation where id = ?1), 0)) "
                        + "on conflict (conversation_id, member_id) do update set left_at = null, joined_at = now(), "
                        + "history_from = excluded.history_from")
                .setParameter(1, conversationId).setParameter(2, memberId).setParameter(3, folder).executeUpdate();
    }

    /** The recipient of a request opens the conversation. */
    public void accept(long conversationId) {
        Membership m = receivedRequest(conversationId);
        em.createNativeQuery("update conversation set state = 'OPEN' where id = ?1").setParameter(1, m.conversationId()).executeUpdate();
        em.createNativeQuery("update conversation_member set folder = 'INBOX' where conversation_id = ?1 and member_id = ?2")
                .setParameter(1, m.conversationId()).setParameter(2, m.memberId()).executeUpdate();
    }

    /** The recipient of a request declines it: the sender cannot write again in it. */
    public void decline(long conversationId) {
        close(receivedRequest(conversationId));
    }

    /** The recipient of a request declines it and blocks its sender. */
    public void declineAndBlock(long conversationId) {
        Membership m = receivedRequest(conversationId);
        close(m);
        connections.block(m.creatorId());
    }

    private void close(Membership m) {
        em.createNativeQuery("update conversation set state = 'DECLINED' where id = ?1").setParameter(1, m.conversationId()).executeUpdate();
        em.createNativeQuery("update conversation_member set folder = 'CLOSED', unread = 0, remind_at = null "
                        + "where conversation_id = ?1 and member_id = ?2")
                .setParameter(1, m.conversationId()).setParameter(2, m.memberId()).executeUpdate();
    }

    private Membership receivedRequest(long conversationId) {
        Membership m = Membership.of(em, conversationId, caller.memberId(), true);
        if (!m.request() || m.creatorId() == m.memberId()) {
            throw new Refusal("request", "conversation.request.notPending");
        }
        return m;
    }

    // ------------------------------------------------------------------ messages

    /** Writes in a conversation the caller takes part in; returns the message id. */
    public long post(long conversationId, String body) {
        long me = caller.requireVerified("body");
        Membership m = Membership.of(em, conversationId, me, true);
        String text = MessageWriter.checkedBody(body);
        rateLimits.take(LimitedAction.MESSAGE, me, "body");
        if ("DECLINED".equals(m.state())) {
            throw new Refusal("body", "conversation.request.declined");
        }
        if (m.request() && m.creatorId() == me) {
            throw new Refusal("body", "conversation.request.waiting");
        }
        if (!m.group()) {
            long other = writer.otherOf(conversationId, me);
            if (relationships.blocked(me, other) || !active(other)) {
                throw new Refusal("body", "conversation.unavailable");
            }
        }
        if (m.request()) {
            accept(conversationId); // answering a request opens it
        }
        return writer.write(conversationId, me, text, null);
    }

    /** Edits one's own message within {@value #EDIT_MINUTES} minutes; it shows as edited. */
    public void edit(long messageId, String body) {
        OwnMessage message = ownFresh(messageId);
        String text = MessageWriter.checkedBody(body);
        // a block ends contact: no new words reach the other side, edited ones neither (deleting stays possible)
        if (!Membership.of(em, message.conversationId, message.sender, false).group()
                && relationships.blocked(message.sender, writer.otherOf(message.conversationId, message.sender))) {
            throw new Refusal("body", "conversation.unavailable");
        }
        em.createNativeQuery("update message set body = ?2, edited_at = now() where id = ?1")
                .setParameter(1, messageId).setParameter(2, text).executeUpdate();
        writer.signal(message.conversationId, message.sender, writer.others(message.conversationId, message.sender), "message");
    }

    /** Deletes one's own message for everyone within {@value #EDIT_MINUTES} minutes; its place shows "deleted". */
    public void deleteForEveryone(long messageId) {
        OwnMessage message = ownFresh(messageId);
        em.createNativeQuery("update message set deleted_at = now() where id = ?1").setParameter(1, messageId).executeUpdate();
        // those who had not read it no longer have it to read
        em.createNativeQuery("update conversation_member set unread = greatest(unread - 1, 0) "
                        + "where conversation_id = ?1 and member_id <> ?2 and last_read_message_id < ?3 and unread > 0")
                .setParameter(1, message.conversationId).setParameter(2, message.sender).setParameter(3, messageId).executeUpdate();
        writer.signal(message.conversationId, message.sender, writer.others(message.conversationId, message.sender), "message");
    }

    /** Hides any message of a conversation the caller takes part in, for the caller only. */
    public void deleteForMe(long messageId) {
        long me = caller.memberId();
        Membership.of(em, conversationOf(messageId), me, false);
        em.createNativeQuery("insert into message_hidden (member_id, message_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, me).setParameter(2, messageId).executeUpdate();
    }

    private record OwnMessage(long conversationId, long sender) {
    }

    private OwnMessage ownFresh(long messageId) {
        long me = caller.memberId();
        long conversationId = conversationOf(messageId);
        Membership.of(em, conversationId, me, false);
        Object[] row = (Object[]) em.createNativeQuery("select sender_id, kind, deleted_at, "
                        + "created_at > now() - make_interval(mins => ?2) from message where id = ?1")
                .setParameter(1, messageId).setParameter(2, EDIT_MINUTES).getSingleResult();
        if (Sql.id(row[0]) != me || !"TEXT".equals(row[1]) || row[2] != null) {
            throw new AccessDenied("not the caller's message");
        }
        if (!Boolean.TRUE.equals(row[3])) {
            throw new Refusal("body", "conversation.message.tooLate");
        }
        return new OwnMessage(conversationId, me);
    }

    private long conversationOf(long messageId) {
        List<Long> ids = Sql.ids(em, "select conversation_id from message where id = ?1", messageId);
        if (ids.isEmpty()) {
            throw new ConversationNotFound(messageId);
        }
        return ids.get(0);
    }

    // ------------------------------------------------------------------ open loops

    /**
     * Answers the other's last message of a direct conversation or request with a polite ending. "No
     * thanks" and "Thanks, not now" decline a request; "Let's talk later" brings the loop back on
     * {@code remindOn} (default: in a week).
     */
    public long end(long conversationId, Ending ending, LocalDate remindOn) {
        long me = caller.memberId();
        Membership m = Membership.of(em, conversationId, me, true);
        if (m.group() || "DECLINED".equals(m.state()) || (m.request() && m.creatorId() == me)) {
            throw new Refusal("ending", "conversation.ending.notHere");
        }
        long other = writer.otherOf(conversationId, me);
        if (relationships.blocked(me, other)) {
            throw new Refusal("ending", "conversation.unavailable");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate remind = remindOn == null ? today.plusDays(7) : remindOn;
        if (ending == Ending.LATER && (!remind.isAfter(today) || remind.isAfter(today.plusYears(1)))) {
            throw new Refusal("remindOn", "conversation.ending.remindDate");
        }
        long id = writer.write(conversationId, me, ending.text(), ending);
        if (m.request() && ending.declinesRequest()) {
            close(m);
        }
        if (ending == Ending.LATER) {
            em.createNativeQuery("update conversation_member set remind_at = cast(?3 as date) where conversation_id = ?1 and member_id = ?2")
                    .setParameter(1, conversationId).setParameter(2, me).setParameter(3, remind.toString()).executeUpdate();
        }
        return id;
    }

    // ------------------------------------------------------------------ reading and typing

    /** The caller read the conversation up to its latest message; the others' pages learn it ("Seen"). */
    public void markRead(long conversationId) {
        long me = caller.memberId();
        Membership.of(em, conversationId, me, false);
        int changed = em.createNativeQuery("update conversation_member cm set unread = 0, last_read_message_id = c.last_message_id "
                        + "from conversation c where c.id = cm.conversation_id and cm.conversation_id = ?1 and cm.member_id = ?2 "
                        + "and (cm.unread > 0 or cm.last_read_message_id < c.last_message_id)")
                .setParameter(1, conversationId).setParameter(2, me).executeUpdate();
        if (changed > 0) {
            writer.signal(conversationId, me, writer.others(conversationId, me), "read");
        }
    }

    /** Tells the others' open pages that the caller is typing (nothing is stored). */
    public void typing(long conversationId) {
        long me = caller.memberId();
        Membership.of(em, conversationId, me, false);
        writer.signal(conversationId, me, writer.others(conversationId, me), "typing");
    }

    /** Whether the caller's reply rate is hidden from their profile (it is computed all the same). */
    public void hideReplyRate(boolean hide) {
        em.createNativeQuery("insert into conversation_settings (member_id, hide_reply_rate) values (?1, ?2) "
                        + "on conflict (member_id) do update set hide_reply_rate = excluded.hide_reply_rate")
                .setParameter(1, caller.memberId()).setParameter(2, hide).executeUpdate();
    }

    private boolean active(long memberId) {
        return Sql.exists(em, "select 1 from member where id = ?1 and not suspended", memberId);
    }
}
