package social.rapport.core.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import social.rapport.core.database.RapportDatabase;

/**
 * The one rule of who may see a post, as SQL every query shares: not deleted or removed, its
 * author not suspended, no block between viewer and author either way, and the audience lets the
 * viewer in (everyone, or the author's connections and the author).
 */
@ApplicationScoped
public class PostAccess {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /**
     * SQL predicate: the post aliased {@code p} is visible to the member whose id is the
     * parameter {@code viewer} (e.g. {@code "?2"}).
     */
    public static String visible(String p, String viewer) {
        return p + ".deleted_at is null and " + p + ".removed_at is null"
                + " and exists (select 1 from member am where am.id = " + p + ".author_id and not am.suspended)"
                + " and (" + p + ".author_id = " + viewer
                + " or (not exists (select 1 from member_block b where (b.blocker_id = " + viewer + " and b.blocked_id = " + p + ".author_id)"
                + " or (b.blocker_id = " + p + ".author_id and b.blocked_id = " + viewer + "))"
                + " and (" + p + ".audience = 'EVERYONE' or exists (select 1 from connection_edge e where e.member_id = " + viewer
                + " and e.other_id = " + p + ".author_id))))";
    }

    /** Whether the viewer may see the post (false for posts that do not exist). */
    public boolean canSee(long postId, long viewer) {
        return !em.createNativeQuery("select 1 from post p where p.id = ?1 and " + visible("p", "?2"))
                .setParameter(1, postId).setParameter(2, viewer).setMaxResults(1).getResultList().isEmpty();
    }

    /** The post's author, audience and body if the viewer may see it. */
    public Optional<Visible> find(long postId, long viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.author_id, p.audience, p.body, p.reshare_of from post p where p.id = ?1 and "
                        + visible("p", "?2"))
                .setParameter(1, postId).setParameter(2, viewer).getResultList();
        return rows.stream().findFirst().map(r -> new Visible(postId, ((Number) r[0]).longValue(),
                PostAudience.valueOf((String) r[1]), (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue()));
    }

    /** A post the viewer may see, as the rules need it. */
    public record Visible(long id, long authorId, PostAudience audience, String body, Long reshareOf) {
    }
}
