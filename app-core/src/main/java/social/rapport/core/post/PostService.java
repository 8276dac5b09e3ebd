package social.rapport.core.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;
import social.rapport.core.profile.PhotoProcessor;

/**
 * Writing posts: create (with an optional image), reshare, edit and delete one's own. Limits,
 * audience and the reshare rule live here, whatever page calls it.
 */
@ApplicationScoped
@Transactional
public class PostService {

    public static final int MAX_BODY = 3000;
    public static final int MAX_RESHARE_COMMENTARY = 3000;
    /** Post images are stored at most this wide, keeping their shape. */
    public static final int IMAGE_WIDTH = 1200;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    @Inject
    PostAccess access;

    @Inject
    PostTags tags;

    @Inject
    PostNotices notices;

    /**
     * Publishes a post by the caller.
     *
     * @param image the uploaded image's bytes, or null/empty for none
     * @return the new post's id
     * @throws Refusal on {@code body} (empty, too long), {@code audience}, or {@code photo} (image checks)
     */
    public long create(String body, String audience, byte[] image) {
        long me = caller.requireVerified("body");
        String text = body(body, false);
        PostAudience chosen = audience(audience);
        rateLimits.take(LimitedAction.POST, me, "body");
        Map<Integer, byte[]> encoded = image == null || image.length == 0 ? null
                : PhotoProcessor.processKeepingShape(image, List.of(IMAGE_WIDTH));
        long id = insert(me, text, chosen, null);
        if (encoded != null) {
            storeImage(id, encoded.get(IMAGE_WIDTH));
        }
        tags.index(id, me, text, Set.of());
        return id;
    }

    /**
     * Reshares a post the caller may see, with their own commentary (may be empty). A post shared
     * with connections only cannot be reshared to everyone; resharing a reshare shares its original.
     */
    public long reshare(long postId, String commentary, String audience) {
        long me = caller.requireVerified("reshare");
        PostAccess.Visible post = access.find(postId, me).orElseThrow(() -> new Refusal("reshare", "feed.post.unavailable"));
        if (post.reshareOf() != null) {
            post = access.find(post.reshareOf(), me).orElseThrow(() -> new Refusal("reshare", "feed.post.unavailable"));
        }
        String text = body(commentary, true);
        PostAudience chosen = audience(audience);
        if (post.audience() == PostAudience.CONNECTIONS && chosen == PostAudience.EVERYONE) {
            throw new Refusal("audience", "feed.reshare.audience");
        }
        rateLimits.take(LimitedAction.POST, me, "body"); // a reshare is a post: one limit for both
        long id = insert(me, text, chosen, post.id());
        em.createNativeQuery("update post set reshare_count = reshare_count + 1 where id = ?1").setParameter(1, post.id()).executeUpdate();
        tags.index(id, me, text, Set.of());
        notices.reshared(me, post.id(), post.authorId(), post.body(), id);
        return id;
    }

    /** Changes the text of the caller's own post; it is then marked edited. Newly mentioned members are told. */
    public void edit(long postId, String body) {
        long me = caller.memberId();
        Own own = own(postId, me);
        String text = body(body, own.reshareOf != null);
        Set<String> before = PostText.mentions(own.body);
        em.createNativeQuery("update post set body = ?1, edited_at = now() where id = ?2").setParameter(1, text).setParameter(2, postId)
                .executeUpdate();
        tags.index(postId, me, text, before);
    }

    /** Deletes the caller's own post: it disappears everywhere (the row stays, marked deleted). */
    public void delete(long postId) {
        long me = caller.memberId();
        Own own = own(postId, me);
        em.createNativeQuery("update post set deleted_at = now() where id = ?1 and deleted_at is null").setParameter(1, postId).executeUpdate();
        if (own.reshareOf != null) {
            em.createNativeQuery("update post set reshare_count = greatest(0, reshare_count - 1) where id = ?1")
                    .setParameter(1, own.reshareOf).executeUpdate();
        }
    }

    /**
     * The caller's own post for editing: empty when the caller may not see it (the page answers
     * 404), {@link AccessDenied} when it is someone else's.
     */
    public Optional<String> editableBody(long postId) {
        long me = caller.memberId();
        return access.find(postId, me).map(p -> {
            if (p.authorId() != me) {
                throw new AccessDenied("not your post");
            }
            return p.body();
        });
    }

    /** The stored image of a post the viewer may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Image> image(long postId, long viewer) {
        if (!access.canSee(postId, viewer)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content_type, data from post_image where post_id = ?1")
                .setParameter(1, postId).getResultList();
        return rows.stream().findFirst().map(r -> new Image((String) r[0], (byte[]) r[1]));
    }

    /** An image as it is served. */
    public record Image(String contentType, byte[] bytes) {
    }

    private record Own(String body, Long reshareOf) {
    }

    private Own own(long postId, long me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select author_id, body, reshare_of from post where id = ?1 "
                        + "and deleted_at is null and removed_at is null for update")
                .setParameter(1, postId).getResultList();
        if (rows.isEmpty() || ((Number) rows.get(0)[0]).longValue() != me) {
            throw new AccessDenied("not your post");
        }
        Object[] row = rows.get(0);
        return new Own((String) row[1], row[2] == null ? null : ((Number) row[2]).longValue());
    }

    private long insert(long author, String body, PostAudience audience, Long reshareOf) {
        return ((Number) em.createNativeQuery("insert into post (author_id, body, audience, reshare_of, created_at) "
                        + "values (?1, ?2, ?3, cast(?4 as bigint), clock_timestamp()) returning id")
                .setParameter(1, author).setParameter(2, body).setParameter(3, audience.name()).setParameter(4, reshareOf)
                .getSingleResult()).longValue();
    }

    private void storeImage(long postId, byte[] jpeg) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new Refusal("photo", "profile.photo.corrupt");
        }
        em.createNativeQuery("insert into post_image (post_id, content_type, width, height, data) values (?1, 'image/jpeg', ?2, ?3, ?4)")
                .setParameter(1, postId).setParameter(2, image.getWidth()).setParameter(3, image.getHeight()).setParameter(4, jpeg)
                .executeUpdate();
    }

    static String body(String body, boolean mayBeEmpty) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() && !mayBeEmpty) {
            throw new Refusal("body", "feed.post.empty");
        }
        if (text.length() > MAX_BODY) {
            throw new Refusal("body", "feed.post.tooLong");
        }
        if (PostText.mentions(text).size() > PostText.MAX_MENTIONS) {
            throw new Refusal("body", "feed.tooManyMentions");
        }
        return text;
    }

    private static PostAudience audience(String audience) {
        return PostAudience.parse(audience).orElseThrow(() -> new Refusal("audience", "feed.post.audience"));
    }
}
