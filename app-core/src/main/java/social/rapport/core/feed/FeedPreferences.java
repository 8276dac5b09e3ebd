package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;
import social.rapport.core.post.PostAccess;

/** What a member chose not to see: hidden posts, and muted members (until the member undoes it). */
@ApplicationScoped
@Transactional
public class FeedPreferences {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PostAccess access;

    /** Hides a post the caller can see from their feed. */
    public void hide(long postId) {
        long me = caller.memberId();
        if (!access.canSee(postId, me)) {
            throw new Refusal("hide", "feed.post.unavailable");
        }
        em.createNativeQuery("insert into feed_hide (member_id, post_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, me).setParameter(2, postId).executeUpdate();
    }

    /** Mutes a member: none of their posts in the caller's feed until unmuted. */
    public void mute(long memberId) {
        long me = caller.memberId();
        if (memberId == me || em.createNativeQuery("select 1 from member where id = ?1").setParameter(1, memberId).getResultList().isEmpty()) {
            throw new Refusal("mute", "feed.mute.unavailable");
        }
        em.createNativeQuery("insert into member_mute (member_id, muted_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, me).setParameter(2, memberId).executeUpdate();
    }

    public void unmute(long memberId) {
        em.createNativeQuery("delete from member_mute where member_id = ?1 and muted_id = ?2")
                .setParameter(1, caller.memberId()).setParameter(2, memberId).executeUpdate();
    }

    /** A muted member as the mutes page lists them. */
    public record Muted(long id, String displayName, String handle, OffsetDateTime since) {
    }

    /** The caller's mutes, newest first, a page after the given one (keyset on created_at, muted_id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Muted> muted(OffsetDateTime beforeAt, Long beforeId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select mu.muted_id, m.display_name, p.handle, mu.created_at from member_mute mu "
                        + "join member m on m.id = mu.muted_id join profile p on p.member_id = mu.muted_id "
                        + "where mu.member_id = ?1 and (cast(?2 as timestamptz) is null or (mu.created_at, mu.muted_id) < (cast(?2 as timestamptz), ?3)) "
                        + "order by mu.created_at desc, mu.muted_id desc limit ?4")
                .setParameter(1, caller.memberId()).setParameter(2, beforeAt).setParameter(3, beforeId == null ? 0L : beforeId)
                .setParameter(4, limit).getResultList();
        List<Muted> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new Muted(((Number) r[0]).longValue(), (String) r[1], (String) r[2], RapportDatabase.offsetDateTime(r[3])));
        }
        return result;
    }
}
