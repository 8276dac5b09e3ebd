package social.rapport.core.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;

/**
 * One reaction per member per post or comment, changeable. The primary key makes a second
 * reaction an update of the first; counts move only when a row is really inserted or deleted,
 * in the same statement's transaction, so they stay right however many react at once.
 */
@ApplicationScoped
@Transactional
public class ReactionService {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    @Inject
    PostAccess access;

    @Inject
    CommentService comments;

    @Inject
    PostNotices notices;

    /** Reacts to a post, or changes the caller's reaction to it. */
    public void reactToPost(long postId, String kind) {
        long me = caller.memberId();
        ReactionKind reaction = kind(kind);
        PostAccess.Visible post = access.find(postId, me).orElseThrow(() -> new Refusal("reaction", "feed.post.unavailable"));
        rateLimits.take(LimitedAction.REACTION, me, "reaction");
        boolean inserted = (Boolean) em.createNativeQuery("insert into post_reaction (post_id, member_id, kind) values (?1, ?2, ?3) "
                        + "on conflict (post_id, member_id) do update set kind = excluded.kind returning (xmax = 0)")
                .setParameter(1, postId).setParameter(2, me).setParameter(3, reaction.name()).getSingleResult();
        if (inserted) {
            em.createNativeQuery("update post set reaction_count = reaction_count + 1 where id = ?1").setParameter(1, postId).executeUpdate();
            notices.reactedToPost(me, postId, post.authorId(), post.body());
        }
    }

    public void unreactToPost(long postId) {
        long me = caller.memberId();
        int deleted = em.createNativeQuery("delete from post_reaction where post_id = ?1 and member_id = ?2")
                .setParameter(1, postId).setParameter(2, me).executeUpdate();
        if (deleted > 0) {
            em.createNativeQuery("update post set reaction_count = greatest(0, reaction_count - 1) where id = ?1")
                    .setParameter(1, postId).executeUpdate();
        }
    }

    public void reactToComment(long commentId, String kind) {
        long me = caller.memberId();
        ReactionKind reaction = kind(kind);
        CommentService.Comment comment = comments.visible(commentId, me)
                .orElseThrow(() -> new Refusal("reaction", "feed.comment.unavailable"));
        rateLimits.take(LimitedAction.REACTION, me, "reaction");
        boolean inserted = (Boolean) em.createNativeQuery("insert into comment_reaction (comment_id, member_id, kind) values (?1, ?2, ?3) "
                        + "on conflict (comment_id, member_id) do update set kind = excluded.kind returning (xmax = 0)")
                .setParameter(1, commentId).setParameter(2, me).setParameter(3, reaction.name()).getSingleResult();
        if (inserted) {
            em.createNativeQuery("update post_comment set reaction_count = reaction_count + 1 where id = ?1")
                    .setParameter(1, commentId).executeUpdate();
            notices.reactedToComment(me, comment.postId(), commentId, comment.authorId(), comment.body());
        }
    }

    public void unreactToComment(long commentId) {
        long me = caller.memberId();
        int deleted = em.createNativeQuery("delete from comment_reaction where comment_id = ?1 and member_id = ?2")
                .setParameter(1, commentId).setParameter(2, me).executeUpdate();
        if (deleted > 0) {
            em.createNativeQuery("update post_comment set reaction_count = greatest(0, reaction_count - 1) where id = ?1")
                    .setParameter(1, commentId).executeUpdate();
        }
    }

    private static ReactionKind kind(String kind) {
        return ReactionKind.parse(kind).orElseThrow(() -> new Refusal("reaction", "feed.reaction.unknown"));
    }
}
