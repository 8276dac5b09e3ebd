package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.post.PostAccess;

/**
 * {@code /tag/<tag>}: recent posts with a hashtag that the viewer may see, newest first, keyset
 * paged on {@code post_hashtag_recent_idx (tag, created_at desc, post_id desc)}. Muted members'
 * posts are left out too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagFeed {

    public static final int PAGE = 20;
    private static final Pattern TAG = Pattern.compile("\\p{L}[\\p{L}\\p{N}_]{0,99}");

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PostViews views;

    /** A page of a tag's posts and the cursor of the next ("<createdMicros>.<postId>"), or null at the end. */
    public record TagPage(String tag, List<PostView> posts, String next) {
    }

    /** The tag as stored (lower case), if it is one. */
    public static Optional<String> normalise(String tag) {
        return tag != null && TAG.matcher(tag).matches() ? Optional.of(tag.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    public TagPage page(String tag, String after, String contextPath) {
        long me = caller.memberId();
        long beforeMicros = Long.MAX_VALUE;
        long beforeId = Long.MAX_VALUE;
        if (after != null && after.matches("\\d{1,19}\\.\\d{1,19}")) {
            String[] parts = after.split("\\.");
            beforeMicros = Long.parseLong(parts[0]);
            beforeId = Long.parseLong(parts[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select h.post_id, cast(extract(epoch from h.created_at) * 1000000 as bigint) "
                        + "from post_hashtag h join post p on p.id = h.post_id where h.tag = ?1 "
                        + "and (h.created_at, h.post_id) < (timestamptz 'epoch' + cast(?2 as bigint) * interval '1 microsecond', ?3) "
                        + "and " + PostAccess.visible("p", "?4")
                        + " and not exists (select 1 from member_mute mu where mu.member_id = ?4 and mu.muted_id = p.author_id) "
                        + "order by h.created_at desc, h.post_id desc limit ?5")
                .setParameter(1, tag).setParameter(2, Math.min(beforeMicros, 253_402_300_799_000_000L)).setParameter(3, beforeId)
                .setParameter(4, me).setParameter(5, PAGE + 1).getResultList();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(PAGE, rows.size()); i++) {
            ids.add(((Number) rows.get(i)[0]).longValue());
        }
        String next = null;
        if (rows.size() > PAGE) {
            Object[] last = rows.get(PAGE - 1);
            next = ((Number) last[1]).longValue() + "." + ((Number) last[0]).longValue();
        }
        return new TagPage(tag, views.inOrder(ids, me, contextPath), next);
    }
}
