package social.rapport.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;

/**
 * What the caller reads: their conversation list (by latest activity, keyset-paginated,
 * searchable), one conversation, their open loops and unread count. Messages of suspended members,
 * and of members blocked either way, are left out; a conversation the caller does not take part in
 * is {@link ConversationNotFound}.
 */
@ApplicationScoped
// Reads run in a transaction. Without one, on Payara 6.2025.10, the request's non-transactional
// EntityManager was found closed by the time the header's unread badge ran on the events plugin's pages
// ("Attempting to execute an operation on a closed EntityManager"); the feed met the same after plugin calls.
@Transactional
public class ConversationQueries {

    public static final int PAGE = 20;
    public static final int MESSAGES = 50;
    public static final String INBOX = "INBOX";
    public static final String REQUESTS = "REQUESTS";

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    /** One page of the caller's conversations in a folder (INBOX or REQUESTS), optionally matching {@code search}. */
    public ListPage<ConversationRow> list(String folder, String search, String cursor) {
        long me = caller.memberId();
        String q = search == null ? "" : search.strip();
        ListCursor after = ListCursor.parse(cursor).orElse(null);
        StringBuilder sql = new StringBuilder("select c.id, c.kind, c.state, c.title, cm.unread, cm.last_activity_at, "
                + "c.last_sender_id, lm.body, lm.ending, lm.deleted_at, ls.suspended "
                + "from conversation_member cm join conversation c on c.id = cm.conversation_id "
                + "left join message lm on lm.id = c.last_message_id and lm.id > cm.history_from left join member ls on ls.id = lm.sender_id "
                + "where cm.member_id = ?1 and cm.folder = ?2 and cm.left_at is null");
        if (after != null) {
            sql.append(" and (cm.last_activity_at, cm.conversation_id) < (?3, ?4)");
        }
        if (!q.isEmpty()) {
            sql.append(" and (exists (select 1 from conversation_member o join member om on om.id = o.member_id "
                    + "where o.conversation_id = c.id and o.member_id <> ?1 and om.display_name ilike ?5) "
                    + "or exists (select 1 from message sm where sm.conversation_id = c.id and sm.id > cm.history_from and sm.deleted_at is null "
                    + "and sm.body ilike ?5 and not exists (select 1 from message_hidden h where h.member_id = ?1 and h.message_id = sm.id)))");
        }
        sql.append(" order by cm.last_activity_at desc, cm.conversation_id desc limit ?6");
        var query = em.createNativeQuery(sql.toString()).setParameter(1, me).setParameter(2, REQUESTS.equals(folder) ? REQUESTS : INBOX)
                .setParameter(6, PAGE + 1);
        if (after != null) {
            query.setParameter(3, after.activityAt()).setParameter(4, after.conversationId());
        }
        if (!q.isEmpty()) {
            query.setParameter(5, Sql.contains(q));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > PAGE;
        if (more) {
            rows = rows.subList(0, PAGE);
        }
        List<Long> ids = rows.stream().map(r -> Sql.id(r[0])).toList();
        Map<Long, List<Participant>> others = others(ids, me);
        Set<Long> blocked = blockedWith(me);
        List<ConversationRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            long id = Sql.id(r[0]);
            String kind = (String) r[1];
            List<Participant> people = others.getOrDefault(id, List.of());
            if ("DIRECT".equals(kind) && (people.isEmpty() || blocked.contains(people.get(0).id()))) {
                continue; // a block hides the conversation; a suspended member's too
            }
            Long lastSender = r[6] == null ? null : Sql.id(r[6]);
            boolean hiddenLast = lastSender != null && (blocked.contains(lastSender) || Boolean.TRUE.equals(r[10]));
            boolean deleted = r[9] != null;
            String preview = hiddenLast || deleted ? "" : Sql.firstLine((String) r[7]);
            Ending ending = r[8] == null || hiddenLast ? null : Ending.valueOf((String) r[8]);
            String title = "GROUP".equals(kind) ? (String) r[3] : people.get(0).name();
            result.add(new ConversationRow(id, kind, (String) r[2], title, people, ((Number) r[4]).intValue(), Sql.time(r[5]),
                    preview, ending, lastSender != null && lastSender == me));
        }
        String next = null;
        if (more) {
            Object[] last = rows.get(rows.size() - 1);
            next = new ListCursor(Sql.time(last[5]), Sql.id(last[0])).format();
        }
        return new ListPage<>(result, next);
    }

    /** The active members other than {@code me} of these conversations (suspended members left out). */
    private Map<Long, List<Participant>> others(List<Long> conversationIds, long me) {
        Map<Long, List<Participant>> result = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cm.conversation_id, m.id, m.display_name, p.handle "
                        + "from conversation_member cm join member m on m.id = cm.member_id left join profile p on p.member_id = m.id "
                        + "where cm.conversation_id = any(cast(?1 as bigint[])) and cm.member_id <> ?2 and cm.left_at is null "
                        + "and not m.suspended order by m.display_name, m.id")
                .setParameter(1, Sql.array(conversationIds)).setParameter(2, me).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent(Sql.id(r[0]), k -> new ArrayList<>()).add(new Participant(Sql.id(r[1]), (String) r[2], (String) r[3]));
        }
        return result;
    }

    /** The members the caller blocked or who blocked the caller. */
    Set<Long> blockedWith(long me) {
        return new HashSet<>(Sql.ids(em, "select blocked_id from member_block where blocker_id = ?1 "
                + "union select blocker_id from member_block where blocked_id = ?1", me));
    }

    /** How many conversations (inbox and requests) have messages the caller has not read. */
    public long unreadConversations() {
        return ((Number) em.createNativeQuery("select count(*) from conversation_member where member_id = ?1 and unread > 0 "
                + "and left_at is null and folder in ('INBOX','REQUESTS')").setParameter(1, caller.memberId()).getSingleResult()).longValue();
    }

    /** Pending requests the caller received. */
    public long pendingRequests() {
        return ((Number) em.createNativeQuery("select count(*) from conversation_member where member_id = ?1 "
                + "and folder = 'REQUESTS' and left_at is null").setParameter(1, caller.memberId()).getSingleResult()).longValue();
    }

    /** One conversation with its latest messages (or those before message {@code before}). */
    public ConversationView view(long conversationId, Long before) {
        long me = caller.memberId();
        Membership m = Membership.of(em, conversationId, me, false);
        String groupTitle = (String) em.createNativeQuery("select title from conversation where id = ?1")
                .setParameter(1, conversationId).getSingleResult();
        List<Participant> others = others(List.of(conversationId), me).getOrDefault(conversationId, List.of());
        Set<Long> blockedWith = blockedWith(me);
        boolean blocked = !m.group() && (others.isEmpty() || blockedWith.contains(others.get(0).id()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.sender_id, s.display_name, p.handle, m.ending, m.body, m.created_at, "
                        + "m.edited_at, m.deleted_at, m.kind = 'TEXT' and m.deleted_at is null "
                        + "and m.created_at > now() - make_interval(mins => ?4) "
                        + "from message m join member s on s.id = m.sender_id left join profile p on p.member_id = s.id "
                        + "where m.conversation_id = ?1 and m.id < ?2 and not s.suspended "
                        + "and m.id > (select cm.history_from from conversation_member cm where cm.conversation_id = ?1 and cm.member_id = ?3) "
                        + "and not exists (select 1 from message_hidden h where h.member_id = ?3 and h.message_id = m.id) "
                        + "and (m.sender_id = ?3 or not exists (select 1 from member_block b where (b.blocker_id = ?3 and b.blocked_id = m.sender_id) "
                        + "or (b.blocker_id = m.sender_id and b.blocked_id = ?3))) "
                        + "order by m.id desc limit ?5")
                .setParameter(1, conversationId).setParameter(2, before == null ? Long.MAX_VALUE : before).setParameter(3, me)
                .setParameter(4, ConversationService.EDIT_MINUTES).setParameter(5, MESSAGES + 1).getResultList();
        boolean more = rows.size() > MESSAGES;
        if (more) {
            rows = rows.subList(0, MESSAGES);
        }
        List<MessageRow> messages = new ArrayList<>();
        long myLatest = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Object[] r = rows.get(i);
            long sender = Sql.id(r[1]);
            boolean mine = sender == me;
            boolean deleted = r[8] != null;
            if (mine) {
                myLatest = Sql.id(r[0]);
            }
            messages.add(new MessageRow(Sql.id(r[0]), new Participant(sender, (String) r[2], (String) r[3]), mine,
                    r[4] == null ? null : Ending.valueOf((String) r[4]), deleted ? "" : (String) r[5], Sql.time(r[6]),
                    r[7] != null, deleted, mine && Boolean.TRUE.equals(r[9])));
        }
        int seenBy = 0;
        // "Seen" answers "did they read what I last wrote?": only while the latest message is the reader's
        if (myLatest > 0 && !messages.isEmpty() && messages.get(messages.size() - 1).mine()) {
            seenBy = ((Number) em.createNativeQuery("select count(*) from conversation_member where conversation_id = ?1 "
                    + "and member_id <> ?2 and left_at is null and last_read_message_id >= ?3")
                    .setParameter(1, conversationId).setParameter(2, me).setParameter(3, myLatest).getSingleResult()).intValue();
        }
        String title = m.group() ? groupTitle : others.isEmpty() ? "" : others.get(0).name();
        Long older = more ? messages.get(0).id() : null;
        return new ConversationView(conversationId, m.kind(), m.state(), title, m.creatorId(), others, messages, older, seenBy,
                m.creatorId() == me, blocked);
    }

    /**
     * "Waiting for your reply": direct conversations and requests whose last message is the other's
     * and older than two days, and those whose "let's talk later" date came; oldest first.
     */
    public List<OpenLoop> openLoops() {
        long me = caller.memberId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.state, o.member_id, om.display_name, op.handle, lm.body, "
                        + "coalesce(cm.remind_at, c.last_message_at) due, cm.remind_at is not null "
                        + "from conversation_member cm join conversation c on c.id = cm.conversation_id "
                        + "join conversation_member o on o.conversation_id = c.id and o.member_id <> cm.member_id "
                        + "join member om on om.id = o.member_id left join profile op on op.member_id = om.id "
                        + "left join message lm on lm.id = c.last_message_id "
                        + "where cm.member_id = ?1 and cm.left_at is null and cm.folder in ('INBOX','REQUESTS') "
                        + "and c.kind = 'DIRECT' and c.state <> 'DECLINED' and not om.suspended "
                        + "and ((cm.remind_at is null and c.last_sender_id <> ?1 and c.last_message_at < now() - interval '2 days') "
                        + "or cm.remind_at <= now()) "
                        + "and not exists (select 1 from member_block b where (b.blocker_id = ?1 and b.blocked_id = om.id) "
                        + "or (b.blocker_id = om.id and b.blocked_id = ?1)) "
                        + "order by due, c.id limit 50")
                .setParameter(1, me).getResultList();
        List<OpenLoop> loops = new ArrayList<>();
        for (Object[] r : rows) {
            loops.add(new OpenLoop(Sql.id(r[0]), new Participant(Sql.id(r[2]), (String) r[3], (String) r[4]), "REQUEST".equals(r[1]),
                    Sql.firstLine((String) r[5]), Sql.time(r[6]), Boolean.TRUE.equals(r[7])));
        }
        return loops;
    }

    /** The direct conversation between the caller and another member, if there is one the caller takes part in. */
    public java.util.Optional<Long> directWith(long otherId) {
        long me = caller.memberId();
        String key = Math.min(me, otherId) + ":" + Math.max(me, otherId);
        return Sql.ids(em, "select c.id from conversation c join conversation_member cm on cm.conversation_id = c.id "
                + "where c.direct_key = ?1 and cm.member_id = ?2", key, me).stream().findFirst();
    }

    /** The caller's connections (the people a group can be started with), by name; at most 500. */
    public List<Participant> connections() {
        return participants("select m.id, m.display_name, p.handle from connection_edge e join member m on m.id = e.other_id "
                + "left join profile p on p.member_id = m.id where e.member_id = ?1 and not m.suspended "
                + "order by m.display_name, m.id limit 500", caller.memberId());
    }

    /** For the creator of a group: their connections not in it yet and who never left it; for anyone else nothing. */
    public List<Participant> addableToGroup(long conversationId) {
        long me = caller.memberId();
        Membership m = Membership.of(em, conversationId, me, false);
        if (!m.group() || m.creatorId() != me) {
            return List.of();
        }
        return participants("select m.id, m.display_name, p.handle from connection_edge e join member m on m.id = e.other_id "
                + "left join profile p on p.member_id = m.id where e.member_id = ?1 and not m.suspended "
                + "and not exists (select 1 from conversation_member cm where cm.conversation_id = ?2 and cm.member_id = m.id) "
                + "order by m.display_name, m.id limit 500", me, conversationId);
    }

    private List<Participant> participants(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Participant(Sql.id(r[0]), (String) r[1], (String) r[2])).toList();
    }
}
