package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.post.PostTags;
import social.rapport.core.post.PostText;

/**
 * {@code /post/<id>}: a post the viewer may see with its comments (oldest first, keyset paged)
 * and their replies, the reaction counts per kind and who reacted. Comments by members who are
 * suspended or blocked either way with the viewer, and deleted or removed ones, are left out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostThread {

    public static final int COMMENTS_PAGE = 50;
    public static final int REACTORS = 100;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PostViews views;

    @Inject
    PostTags tags;

    /** A member who reacted, and how. */
    public record Reactor(long id, String displayName, String handle, String kind) implements Serializable {
    }

    /** The whole page: the post, a page of comments, the next comment cursor (or null), counts and reactors. */
    public record Discussion(PostView post, List<CommentView> comments, Long nextAfter, Map<String, Integer> reactionCounts,
                         List<Reactor> reactors) implements Serializable {
    }

    /** Empty when the viewer may not see the post (the page answers 404). */
    public Optional<Discussion> thread(long postId, Long afterCommentId, String contextPath) {
        long me = caller.memberId();
        Optional<PostView> post = views.one(postId, me, contextPath);
        if (post.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> top = comments("c.post_id = ?1 and c.parent_id is null"
                + " and (cast(?3 as bigint) is null or (c.created_at, c.id) > (select x.created_at, x.id from post_comment x where x.id = cast(?3 as bigint)))"
                + " order by c.created_at, c.id limit " + (COMMENTS_PAGE + 1), postId, me, afterCommentId);
        Long next = null;
        if (top.size() > COMMENTS_PAGE) {
            top = top.subList(0, COMMENTS_PAGE);
            next = ((Number) top.get(COMMENTS_PAGE - 1)[0]).longValue();
        }
        List<Long> topIds = top.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        if (!topIds.isEmpty()) {
            for (Object[] r : comments("c.parent_id = any(cast(?1 as bigint[])) order by c.created_at, c.id",
                    RapportDatabase.arrayLiteral(topIds), me, null)) {
                replies.computeIfAbsent(((Number) r[1]).longValue(), k -> new ArrayList<>()).add(view(r, me, contextPath, List.of()));
            }
        }
        List<CommentView> result = new ArrayList<>();
        for (Object[] r : top) {
            long id = ((Number) r[0]).longValue();
            result.add(view(r, me, contextPath, replies.getOrDefault(id, List.of())));
        }
        return Optional.of(new Discussion(post.get(), result, next, counts(postId), reactors(postId, me)));
    }

    private List<Object[]> comments(String where, Object first, long viewer, Long after) {
        jakarta.persistence.Query query = em.createNativeQuery("select c.id, c.parent_id, c.author_id, m.display_name, p.handle, c.body, c.created_at, "
                        + "c.edited_at, c.reaction_count, (select r.kind from comment_reaction r where r.comment_id = c.id and r.member_id = ?2) "
                        + "from post_comment c join member m on m.id = c.author_id join profile p on p.member_id = c.author_id "
                        + "where c.deleted_at is null and c.removed_at is null and not m.suspended "
                        + "and not exists (select 1 from member_block b where (b.blocker_id = ?2 and b.blocked_id = c.author_id) "
                        + "or (b.blocker_id = c.author_id and b.blocked_id = ?2)) and " + where)
                .setParameter(1, first).setParameter(2, viewer);
        if (where.contains("?3")) {
            query.setParameter(3, after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private CommentView view(Object[] r, long viewer, String contextPath, List<CommentView> replies) {
        String body = (String) r[5];
        long author = ((Number) r[2]).longValue();
        return new CommentView(((Number) r[0]).longValue(), author, (String) r[3], (String) r[4], body,
                PostText.html(body, tags.known(body), contextPath), RapportDatabase.offsetDateTime(r[6]),
                RapportDatabase.offsetDateTime(r[7]), ((Number) r[8]).intValue(), (String) r[9], author == viewer, replies);
    }

    private Map<String, Integer> counts(long postId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, count(*) from post_reaction where post_id = ?1 group by kind order by 2 desc, 1")
                .setParameter(1, postId).getResultList();
        Map<String, Integer> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], ((Number) r[1]).intValue()));
        return result;
    }

    private List<Reactor> reactors(long postId, long viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.member_id, m.display_name, p.handle, r.kind from post_reaction r "
                        + "join member m on m.id = r.member_id join profile p on p.member_id = r.member_id "
                        + "where r.post_id = ?1 and not m.suspended and not exists (select 1 from member_block b "
                        + "where (b.blocker_id = ?2 and b.blocked_id = r.member_id) or (b.blocker_id = r.member_id and b.blocked_id = ?2)) "
                        + "order by r.created_at desc limit ?3")
                .setParameter(1, postId).setParameter(2, viewer).setParameter(3, REACTORS).getResultList();
        return rows.stream().map(r -> new Reactor(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
