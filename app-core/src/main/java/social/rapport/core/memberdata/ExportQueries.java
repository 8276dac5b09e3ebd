package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.database.RapportDatabase;

/**
 * The SQL of a member's data export: one JSON file per area, built by PostgreSQL
 * ({@code json_agg}), so that the columns named here are the format (docs/data-export.md).
 */
@ApplicationScoped
public class ExportQueries {

    /** A photo or post image: its path in the ZIP and its bytes. */
    public record Binary(String path, byte[] bytes) {
    }

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("account.json", "select m.id, m.email, m.display_name, m.language, m.created_at, m.email_verified_at, m.password_changed_at "
                + "from member m where m.id = ?1");
        FILES.put("profile.json", "select p.* from profile p where p.member_id = ?1");
        FILES.put("experience.json", "select title, organisation, start_month, end_month, description from experience where member_id = ?1 order by start_month");
        FILES.put("education.json", "select school, degree, field, start_year, end_year from education where member_id = ?1 order by start_year");
        FILES.put("skills.json", "select s.name from member_skill ms join skill s on s.id = ms.skill_id where ms.member_id = ?1 order by s.name");
        FILES.put("connections.json", "select c.other_id as member_id, m.display_name as name, c.how_met, c.connected_at from connection_edge c "
                + "join member m on m.id = c.other_id where c.member_id = ?1 order by c.connected_at");
        FILES.put("invitations.json", "select i.id, case when i.sender_id = ?1 then 'SENT' else 'RECEIVED' end as direction, "
                + "case when i.sender_id = ?1 then i.recipient_id else i.sender_id end as other_member_id, m.display_name as other_name, "
                + "i.how_met, i.note, i.status, i.created_at, i.answered_at from invitation i "
                + "join member m on m.id = case when i.sender_id = ?1 then i.recipient_id else i.sender_id end "
                + "where i.sender_id = ?1 or i.recipient_id = ?1 order by i.created_at");
        FILES.put("follows.json", "select case when f.follower_id = ?1 then 'FOLLOWING' else 'FOLLOWER' end as direction, "
                + "case when f.follower_id = ?1 then f.followee_id else f.follower_id end as member_id, f.created_at from follow f "
                + "where f.follower_id = ?1 or f.followee_id = ?1 order by f.created_at");
        FILES.put("blocks.json", "select blocked_id as member_id, created_at from member_block where blocker_id = ?1 order by created_at");
        FILES.put("posts.json", "select id, body, audience, reshare_of, created_at, edited_at, deleted_at from post where author_id = ?1 order by created_at");
        FILES.put("comments.json", "select id, post_id, parent_id, body, created_at, edited_at, deleted_at from post_comment where author_id = ?1 order by created_at");
        FILES.put("reactions.json", "select 'POST' as on_kind, post_id as on_id, kind, created_at from post_reaction where member_id = ?1 "
                + "union all select 'COMMENT', comment_id, kind, created_at from comment_reaction where member_id = ?1 order by created_at");
        FILES.put("messages.json", "select msg.id, msg.conversation_id, c.title as conversation_title, "
                + "case when msg.sender_id = ?1 then 'SENT' else 'RECEIVED' end as direction, msg.sender_id, m.display_name as sender_name, "
                + "msg.body, msg.created_at, msg.edited_at, msg.deleted_at from message msg "
                + "join conversation_member cm on cm.conversation_id = msg.conversation_id and cm.member_id = ?1 "
                + "join conversation c on c.id = msg.conversation_id join member m on m.id = msg.sender_id "
                + "where msg.created_at >= cm.joined_at order by msg.conversation_id, msg.created_at");
        FILES.put("notification-settings.json", "select type as turned_off, created_at from notification_opt_out where member_id = ?1 order by type");
        FILES.put("email-settings.json", "select kind, enabled, changed_at from email_preference where member_id = ?1 order by kind");
        FILES.put("keep-in-touch.json", "select other_id as member_id, cadence, snoozed_until, created_at from keep_in_touch where member_id = ?1");
        FILES.put("sessions.json", "select user_agent, address, created_at, last_seen_at, ended_at from member_session where member_id = ?1 order by created_at");
    }

    /** File name to JSON text, in a stable order. */
    Map<String, String> files(long memberId) {
        Map<String, String> out = new LinkedHashMap<>();
        FILES.forEach((name, select) -> {
            boolean single = name.equals("account.json") || name.equals("profile.json");
            String sql = single
                    ? "select coalesce((select row_to_json(t) from (" + select + ") t)::text, '{}')"
                    : "select coalesce(json_agg(t), '[]'::json)::text from (" + select + ") t";
            out.put(name, (String) em.createNativeQuery(sql).setParameter(1, memberId).getSingleResult());
        });
        return out;
    }

    List<Binary> images(long memberId) {
        List<?> photos = em.createNativeQuery("select size_name, content_type, bytes from profile_photo where member_id = ?1")
                .setParameter(1, memberId).getResultList();
        List<?> postImages = em.createNativeQuery("select i.post_id, i.content_type, i.data from post_image i join post p on p.id = i.post_id "
                        + "where p.author_id = ?1 and p.deleted_at is null")
                .setParameter(1, memberId).getResultList();
        java.util.ArrayList<Binary> out = new java.util.ArrayList<>();
        for (Object o : photos) {
            Object[] r = (Object[]) o;
            out.add(new Binary("photos/profile-" + r[0] + extension((String) r[1]), (byte[]) r[2]));
        }
        for (Object o : postImages) {
            Object[] r = (Object[]) o;
            out.add(new Binary("photos/post-" + r[0] + extension((String) r[1]), (byte[]) r[2]));
        }
        return out;
    }

    private static String extension(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }
}
