package social.rapport.core.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import social.rapport.core.database.RapportDatabase;

/**
 * Keeps a post's hashtags and mentions in their tables (post_hashtag for the tag page,
 * post_mention for who was named) and tells newly mentioned members, only those who may see
 * the post.
 */
@ApplicationScoped
public class PostTags {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    PostAccess access;

    @Inject
    PostNotices notices;

    /**
     * Replaces the post's tags and mentions with those of {@code text}.
     *
     * @param alreadyMentioned handles mentioned before an edit: they are not told again
     */
    void index(long postId, long author, String text, Set<String> alreadyMentioned) {
        em.createNativeQuery("delete from post_hashtag where post_id = ?1").setParameter(1, postId).executeUpdate();
        for (String tag : PostText.hashtags(text)) {
            em.createNativeQuery("insert into post_hashtag (tag, post_id, created_at) select ?1, id, created_at from post where id = ?2")
                    .setParameter(1, tag).setParameter(2, postId).executeUpdate();
        }
        em.createNativeQuery("delete from post_mention where post_id = ?1").setParameter(1, postId).executeUpdate();
        Map<String, Long> members = members(PostText.mentions(text));
        for (Map.Entry<String, Long> mentioned : members.entrySet()) {
            long memberId = mentioned.getValue();
            em.createNativeQuery("insert into post_mention (post_id, member_id) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, postId).setParameter(2, memberId).executeUpdate();
            if (!alreadyMentioned.contains(mentioned.getKey()) && memberId != author && access.canSee(postId, memberId)) {
                notices.mentioned(author, postId, memberId, text);
            }
        }
    }

    /** Tells the members a comment mentions (who may see its post); comments keep no mention rows. */
    void mentionedInComment(long author, long postId, String text) {
        for (long memberId : members(PostText.mentions(text)).values()) {
            if (memberId != author && access.canSee(postId, memberId)) {
                notices.mentioned(author, postId, memberId, text);
            }
        }
    }

    /** Active members by handle, for the handles given (lower-case). */
    public Map<String, Long> members(Set<String> handles) {
        if (handles.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pr.handle, pr.member_id from profile pr join member m on m.id = pr.member_id "
                        + "where pr.handle = any(cast(?1 as varchar[])) and not m.suspended")
                .setParameter(1, RapportDatabase.arrayLiteral(handles))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    /** The handles in {@code text} that name an active member (for linking them). */
    public Set<String> known(String text) {
        return new HashSet<>(members(PostText.mentions(text)).keySet());
    }
}
