package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.post.PostAccess;
import social.rapport.core.post.PostTags;
import social.rapport.core.post.PostText;
import social.rapport.core.profile.MemberDirectory;
import social.rapport.spi.platform.MemberRef;

/** Loads posts as a viewer sees them, a page at a time (one query for the posts, one for reshared originals). */
@ApplicationScoped
public class PostViews {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Inject
    PostTags tags;

    /** The posts with these ids the viewer may see, by id. */
    public Map<Long, PostView> load(Collection<Long> ids, long viewer, String contextPath) {
        Map<Long, PostView> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<Long, Object[]> rows = rows(ids, viewer);
        List<Long> originals = rows.values().stream().filter(r -> r[10] != null).map(r -> ((Number) r[10]).longValue()).toList();
        Map<Long, Object[]> originalRows = originals.isEmpty() ? Map.of() : rows(originals, viewer);
        Set<Long> authorIds = new HashSet<>();
        rows.values().forEach(r -> authorIds.add(((Number) r[1]).longValue()));
        originalRows.values().forEach(r -> authorIds.add(((Number) r[1]).longValue()));
        Map<Long, MemberRef> authors = directory.findAll(authorIds, viewer);
        for (Long id : ids) {
            Object[] row = rows.get(id);
            if (row == null) {
                continue;
            }
            PostView original = null;
            Long reshareOf = row[10] == null ? null : ((Number) row[10]).longValue();
            if (reshareOf != null && originalRows.containsKey(reshareOf)) {
                original = view(originalRows.get(reshareOf), null, viewer, contextPath, authors);
            }
            PostView view = view(row, original, viewer, contextPath, authors);
            if (view != null) {
                result.put(id, view);
            }
        }
        return result;
    }

    public Optional<PostView> one(long id, long viewer, String contextPath) {
        return Optional.ofNullable(load(List.of(id), viewer, contextPath).get(id));
    }

    private Map<Long, Object[]> rows(Collection<Long> ids, long viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> list = em.createNativeQuery("select p.id, p.author_id, p.body, p.audience, p.created_at, p.edited_at, "
                        + "p.reaction_count, p.comment_count, p.reshare_count, "
                        + "(select r.kind from post_reaction r where r.post_id = p.id and r.member_id = ?2), p.reshare_of, "
                        + "exists (select 1 from post_image i where i.post_id = p.id) "
                        + "from post p where p.id = any(cast(?1 as bigint[])) and " + PostAccess.visible("p", "?2"))
                .setParameter(1, RapportDatabase.arrayLiteral(ids))
                .setParameter(2, viewer)
                .getResultList();
        Map<Long, Object[]> result = new HashMap<>();
        list.forEach(r -> result.put(((Number) r[0]).longValue(), r));
        return result;
    }

    private PostView view(Object[] r, PostView original, long viewer, String contextPath, Map<Long, MemberRef> authors) {
        long authorId = ((Number) r[1]).longValue();
        MemberRef author = authors.get(authorId);
        if (author == null) {
            return null;
        }
        String body = (String) r[2];
        return new PostView(((Number) r[0]).longValue(), author, body, PostText.html(body, tags.known(body), contextPath),
                (String) r[3], RapportDatabase.offsetDateTime(r[4]), RapportDatabase.offsetDateTime(r[5]),
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (String) r[9],
                Boolean.TRUE.equals(r[11]), authorId == viewer, r[10] == null ? null : ((Number) r[10]).longValue(), original);
    }

    /** Ids in order, for callers that hold a list. */
    public List<PostView> inOrder(List<Long> ids, long viewer, String contextPath) {
        Map<Long, PostView> views = load(ids, viewer, contextPath);
        List<PostView> result = new ArrayList<>();
        ids.forEach(id -> Optional.ofNullable(views.get(id)).ifPresent(result::add));
        return result;
    }
}
