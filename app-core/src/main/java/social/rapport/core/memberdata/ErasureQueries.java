package social.rapport.core.memberdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import social.rapport.core.database.RapportDatabase;

/**
 * The SQL that removes a member from every core table. What others wrote stays; what the member
 * wrote into shared places (messages, comments, posts others reshared or answered) stays as an
 * empty, deleted item by "a deleted member" (the placeholder row of V51), so that threads keep
 * their shape and nothing names the member. Callers bring the transaction.
 */
@ApplicationScoped
public class ErasureQueries {

    static final String PLACEHOLDER_EMAIL = "deleted-member@rapport.invalid";

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    long placeholderId() {
        return ((Number) em.createNativeQuery("select id from member where email = ?1").setParameter(1, PLACEHOLDER_EMAIL)
                .getSingleResult()).longValue();
    }

    /** Erases member {@code ?1}, handing shared items to the placeholder {@code ?2}; {@code ?3} is now. */
    void erase(long memberId, long placeholder, OffsetDateTime now) {
        String email = (String) em.createNativeQuery("select email from member where id = ?1").setParameter(1, memberId).getSingleResult();
        for (String sql : STATEMENTS) {
            var query = em.createNativeQuery(sql).setParameter(1, memberId);
            if (sql.contains("?2")) {
                query.setParameter(2, placeholder);
            }
            if (sql.contains("?3")) {
                query.setParameter(3, now);
            }
            if (sql.contains("?4")) {
                query.setParameter(4, email);
            }
            query.executeUpdate();
        }
    }

    private static final List<String> STATEMENTS = List.of(
            // notifications to, from or about the member
            "delete from notification_actor where notification_id in (select id from notification where recipient_id = ?1 or actor_id = ?1)",
            "delete from notification_actor where actor_id = ?1",
            "delete from notification where recipient_id = ?1 or actor_id = ?1",
            "delete from notification_opt_out where member_id = ?1",
            // reactions, with the counts they added
            "update post set reaction_count = greatest(reaction_count - 1, 0) where id in (select post_id from post_reaction where member_id = ?1)",
            "delete from post_reaction where member_id = ?1",
            "update post_comment set reaction_count = greatest(reaction_count - 1, 0) where id in (select comment_id from comment_reaction where member_id = ?1)",
            "delete from comment_reaction where member_id = ?1",
            // reports and moderation: reports by or about the member go; admins' actions stay, anonymised
            "delete from member_warning where member_id = ?1 or report_id in (select id from member_report where reporter_id = ?1 or reported_id = ?1)",
            "update moderation_action set member_report_id = null where member_report_id in (select id from member_report where reporter_id = ?1 or reported_id = ?1)",
            "update moderation_action set content_report_id = null where content_report_id in (select id from content_report where reporter_id = ?1 or author_id = ?1)",
            "delete from member_report where reporter_id = ?1 or reported_id = ?1",
            "delete from content_report where reporter_id = ?1 or author_id = ?1",
            "update member_report set handled_by = ?2 where handled_by = ?1",
            "update content_report set handled_by = ?2 where handled_by = ?1",
            "update moderation_action set admin_id = ?2 where admin_id = ?1",
            "update moderation_action set subject_id = ?2, note = null where subject_id = ?1",
            // posts and comments: emptied, marked deleted, handed to the placeholder
            "delete from post_image where post_id in (select id from post where author_id = ?1)",
            "delete from post_hashtag where post_id in (select id from post where author_id = ?1)",
            "delete from post_mention where member_id = ?1 or post_id in (select id from post where author_id = ?1)",
            "update post set author_id = ?2, body = '', deleted_at = coalesce(deleted_at, ?3) where author_id = ?1",
            "update post set removed_by = ?2 where removed_by = ?1",
            "update post_comment set author_id = ?2, body = '', deleted_at = coalesce(deleted_at, ?3) where author_id = ?1",
            "update post_comment set removed_by = ?2 where removed_by = ?1",
            "delete from feed_hide where member_id = ?1",
            "delete from member_mute where member_id = ?1 or muted_id = ?1",
            // conversations: the member leaves them; their messages stay as deleted ones by the placeholder
            "delete from message_hidden where member_id = ?1",
            "update message set sender_id = ?2, body = '', deleted_at = coalesce(deleted_at, ?3) where sender_id = ?1",
            // the placeholder takes the member's place in each conversation (unless it is there already)
            "delete from conversation_member cm where cm.member_id = ?1 and exists "
                    + "(select 1 from conversation_member p where p.conversation_id = cm.conversation_id and p.member_id = ?2)",
            "update conversation_member set member_id = ?2, unread = 0, remind_at = null where member_id = ?1",
            "update conversation set direct_key = null where split_part(direct_key, ':', 1) = cast(?1 as text) or split_part(direct_key, ':', 2) = cast(?1 as text)",
            "update conversation set creator_id = ?2 where creator_id = ?1",
            "update conversation set first_sender_id = ?2 where first_sender_id = ?1",
            "update conversation set last_sender_id = ?2 where last_sender_id = ?1",
            "delete from conversation_settings where member_id = ?1",
            "delete from keep_in_touch where member_id = ?1 or other_id = ?1",
            // the network
            "delete from connection_edge where member_id = ?1 or other_id = ?1",
            "delete from invitation where sender_id = ?1 or recipient_id = ?1",
            "delete from follow where follower_id = ?1 or followee_id = ?1",
            "delete from member_block where blocker_id = ?1 or blocked_id = ?1",
            "delete from suggestion_dismissal where member_id = ?1 or dismissed_id = ?1",
            "delete from member_interaction where actor_id = ?1 or subject_id = ?1",
            // the profile
            "delete from profile_change where member_id = ?1",
            "delete from profile_photo where member_id = ?1",
            "delete from experience where member_id = ?1",
            "delete from education where member_id = ?1",
            "delete from member_skill where member_id = ?1",
            "delete from profile where member_id = ?1",
            // what search kept (its triggers rebuilt it while the profile went): the document, and name words no one else has
            "delete from search_name_word w where w.word in (select regexp_split_to_table(name_folded, '[^[:alnum:]]+') from search_document where member_id = ?1) "
                    + "and not exists (select 1 from search_document d where d.member_id <> ?1 and w.word = any(regexp_split_to_array(d.name_folded, '[^[:alnum:]]+')))",
            "delete from search_document where member_id = ?1",
            // the account
            "delete from admin_role_change where member_id = ?1",
            "update admin_role_change set changed_by = ?2 where changed_by = ?1",
            "update plugin_state set changed_by = ?2 where changed_by = ?1",
            "update plugin_state_change set changed_by = ?2 where changed_by = ?1",
            "update feed_policy set changed_by = ?2 where changed_by = ?1",
            "update feed_policy_change set changed_by = ?2 where changed_by = ?1",
            // SPI 2: the member's capability grants, applications (their answers included) and audit go, as do their
            // purpose answers; what they decided as an admin stays, by the placeholder
            "delete from capability_grant where member_id = ?1",
            "update capability_grant set granted_by = ?2 where granted_by = ?1",
            "delete from capability_change where member_id = ?1",
            "update capability_change set changed_by = ?2 where changed_by = ?1",
            "delete from capability_application where member_id = ?1",
            "update capability_application set decided_by = ?2 where decided_by = ?1",
            "update plugin_setting set changed_by = ?2 where changed_by = ?1",
            "update plugin_setting_change set changed_by = ?2 where changed_by = ?1",
            "delete from fact_consent where member_id = ?1",
            "delete from account_token where member_id = ?1",
            "delete from member_session where member_id = ?1",
            // mail to the member, and mail to others that names them (mail_mention); their mail
            // choices, unsubscribe links, digest schedule and exports go with the member row (on delete cascade)
            "delete from mail_outbox where member_id = ?1 or recipient = ?4 or id in (select outbox_id from mail_mention where member_id = ?1)",
            "delete from account_mail_request where email = ?4",
            "delete from sign_in_attempt where email = ?4",
            "delete from sign_in_lock where email = ?4",
            "delete from member where id = ?1");
}
