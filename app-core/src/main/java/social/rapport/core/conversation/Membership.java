package social.rapport.core.conversation;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The caller's place in one conversation, read (and the conversation row locked) at the start of
 * every action: no row means the caller does not take part, and the action answers "not found".
 */
record Membership(long conversationId, long memberId, String kind, String state, long creatorId, String folder) {

    boolean group() {
        return "GROUP".equals(kind);
    }

    boolean request() {
        return "REQUEST".equals(state);
    }

    static Membership of(EntityManager em, long conversationId, long memberId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.kind, c.state, c.creator_id, cm.folder from conversation c "
                        + "join conversation_member cm on cm.conversation_id = c.id "
                        + "where c.id = ?1 and cm.member_id = ?2 and cm.left_at is null" + (lock ? " for update of c" : ""))
                .setParameter(1, conversationId).setParameter(2, memberId).getResultList();
        if (rows.isEmpty()) {
            throw new ConversationNotFound(conversationId);
        }
        Object[] r = rows.get(0);
        return new Membership(conversationId, memberId, (String) r[0], (String) r[1], ((Number) r[2]).longValue(), (String) r[3]);
    }
}
