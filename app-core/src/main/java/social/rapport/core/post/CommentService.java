package social.rapport.core.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;

/**
 * Comments under a post, with one level of replies: a reply to a reply joins the same thread
 * (its parent becomes the top-level comment). Only members who may see the post comment on it;
 * each edits and deletes only their own.
 */
@ApplicationScoped
@Transactional
public class CommentService {

    public static final int MAX_BODY = 1250;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    @Inject
    PostAccess access;

    @Inject
    PostNotices notices;

    @Inject
    PostTags tags;

    /** A top-level comment on a post; returns its id. */
    public long comment(long postId, String body) {
        long me = caller.requireVerified("comment");
        PostAccess.Visible post = access.find(postId, me).orElseThrow(() -> new Refusal("comment", "feed.post.unavailable"));
        String text = body(body);
        rateLimits.take(LimitedAction.COMMENT, me, "body");
        long id = insert(postId, null, me, text);
        notices.commented(me, postId, post.authorId(), post.body());
        tags.mentionedInComment(me, postId, text);
        return id;
    }

    /** A reply to a comment (or to a reply: then in the same thread); returns its id. */
    public long reply(long commentId, String body) {
        long me = caller.requireVerified("reply");
        Comment parent = visible(commentId, me).orElseThrow(() -> new Refusal("reply", "feed.comment.unavailable"));
        String text = body(body);
        rateLimits.take(LimitedAction.COMMENT, me, "body");
        long threadId = parent.parentId() == null ? parent.id() : parent.parentId();
        long id = insert(parent.postId(), threadId, me, text);
        notices.replied(me, parent.postId(), parent.id(), parent.authorId(), parent.body());
        PostAccess.Visible post = access.find(parent.postId(), me).orElseThrow();
        if (post.authorId() != parent.authorId()) {
            notices.commented(me, post.id(), post.authorId(), post.body());
        }
        tags.mentionedInComment(me, parent.postId(), text);
        return id;
    }

    public void edit(long commentId, String body) {
        long me = caller.memberId();
        own(commentId, me);
        em.createNativeQuery("update post_comment set body = ?1, edited_at = now() where id = ?2")
                .setParameter(1, body(body)).setParameter(2, commentId).executeUpdate();
    }

    public void delete(long commentId) {
        long me = caller.memberId();
        Comment comment = own(commentId, me);
        int deleted = em.createNativeQuery("update post_comment set deleted_at = now() where id = ?1 and deleted_at is null")
                .setParameter(1, commentId).executeUpdate();
        if (deleted > 0) {
            em.createNativeQuery("update post set comment_count = greatest(0, comment_count - 1) where id = ?1")
                    .setParameter(1, comment.postId()).executeUpdate();
        }
    }

    /**
     * The caller's own comment for editing: empty when they may not see it, {@link AccessDenied}
     * when it is someone else's.
     */
    public Optional<Comment> editable(long commentId) {
        long me = caller.memberId();
        return visible(commentId, me).map(c -> {
            if (c.authorId() != me) {
                throw new AccessDenied("not your comment");
            }
            return c;
        });
    }

    /** A comment the viewer may see: not gone, its post visible, its author not blocked or suspended. */
    Optional<Comment> visible(long commentId, long viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.post_id, c.parent_id, c.author_id, c.body from post_comment c "
                        + "join post p on p.id = c.post_id join member cm on cm.id = c.author_id "
                        + "where c.id = ?1 and c.deleted_at is null and c.removed_at is null and not cm.suspended "
                        + "and not exists (select 1 from member_block b where (b.blocker_id = ?2 and b.blocked_id = c.author_id) "
                        + "or (b.blocker_id = c.author_id and b.blocked_id = ?2)) and " + PostAccess.visible("p", "?2"))
                .setParameter(1, commentId).setParameter(2, viewer).getResultList();
        return rows.stream().findFirst().map(CommentService::comment);
    }

    /** A comment as the rules need it. */
    public record Comment(long id, long postId, Long parentId, long authorId, String body) {
    }

    private static Comment comment(Object[] r) {
        return new Comment(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), r[2] == null ? null : ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (String) r[4]);
    }

    private Comment own(long commentId, long me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, post_id, parent_id, author_id, body from post_comment "
                        + "where id = ?1 and deleted_at is null and removed_at is null")
                .setParameter(1, commentId).getResultList();
        if (rows.isEmpty() || ((Number) rows.get(0)[3]).longValue() != me) {
            throw new AccessDenied("not your comment");
        }
        return comment(rows.get(0));
    }

    private long insert(long postId, Long parentId, long author, String body) {
        long id = ((Number) em.createNativeQuery("insert into post_comment (post_id, parent_id, author_id, body) "
                        + "values (?1, cast(?2 as bigint), ?3, ?4) returning id")
                .setParameter(1, postId).setParameter(2, parentId).setParameter(3, author).setParameter(4, body)
                .getSingleResult()).longValue();
        em.createNativeQuery("update post set comment_count = comment_count + 1 where id = ?1").setParameter(1, postId).executeUpdate();
        return id;
    }

    static String body(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new Refusal("body", "feed.comment.empty");
        }
        if (text.length() > MAX_BODY) {
            throw new Refusal("body", "feed.comment.tooLong");
        }
        if (PostText.mentions(text).size() > PostText.MAX_MENTIONS) {
            throw new Refusal("body", "feed.tooManyMentions");
        }
        return text;
    }
}
