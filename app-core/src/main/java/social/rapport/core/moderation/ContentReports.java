package social.rapport.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.connection.ReportReason;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.LimitedAction;
import social.rapport.core.platform.RateLimits;
import social.rapport.core.platform.Refusal;

/**
 * Members report a post or a comment they can see (reason, optional text) into the admin queue
 * shared with member reports. One open report per reporter and item; an item the caller cannot
 * see is {@link ContentUnavailable}, exactly like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class ContentReports {

    public static final int MAX_TEXT = 2000;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    RateLimits rateLimits;

    @Inject
    Caller caller;

    /** The author may be seen by ?2: not suspended, no block either way. */
    private static final String AUTHOR_VISIBLE = "not a.suspended and not exists (select 1 from member_block b where "
            + "(b.blocker_id = ?2 and b.blocked_id = a.id) or (b.blocker_id = a.id and b.blocked_id = ?2))";
    /** The post p may be seen by ?2 (its author a). */
    private static final String POST_VISIBLE = "p.deleted_at is null and p.removed_at is null and " + AUTHOR_VISIBLE
            + " and (p.audience = 'EVERYONE' or p.author_id = ?2 or exists (select 1 from connection_edge e "
            + "where e.member_id = ?2 and e.other_id = p.author_id))";

    /** The post as the caller may see it, to report it. */
    public ReportedContent post(long postId) {
        List<?> rows = em.createNativeQuery("select p.id, p.author_id, a.display_name, p.body from post p "
                        + "join member a on a.id = p.author_id where p.id = ?1 and " + POST_VISIBLE)
                .setParameter(1, postId).setParameter(2, caller.memberId()).getResultList();
        if (rows.isEmpty()) {
            throw new ContentUnavailable("no such post for this member");
        }
        Object[] r = (Object[]) rows.get(0);
        return new ReportedContent(ContentKind.POST, postId, postId, id(r[1]), (String) r[2], ReportedContent.snippet((String) r[3]));
    }

    /** The comment as the caller may see it (its post visible too), to report it. */
    public ReportedContent comment(long commentId) {
        List<?> rows = em.createNativeQuery("select c.id, c.author_id, ca.display_name, c.body, c.post_id from post_comment c "
                        + "join member ca on ca.id = c.author_id join post p on p.id = c.post_id join member a on a.id = p.author_id "
                        + "where c.id = ?1 and c.deleted_at is null and c.removed_at is null and not ca.suspended "
                        + "and not exists (select 1 from member_block b where (b.blocker_id = ?2 and b.blocked_id = ca.id) "
                        + "or (b.blocker_id = ca.id and b.blocked_id = ?2)) and " + POST_VISIBLE)
                .setParameter(1, commentId).setParameter(2, caller.memberId()).getResultList();
        if (rows.isEmpty()) {
            throw new ContentUnavailable("no such comment for this member");
        }
        Object[] r = (Object[]) rows.get(0);
        return new ReportedContent(ContentKind.COMMENT, commentId, id(r[4]), id(r[1]), (String) r[2],
                ReportedContent.snippet((String) r[3]));
    }

    /** Reports a post; returns the report's id. */
    public long reportPost(long postId, String reason, String text) {
        return report(post(postId), reason, text);
    }

    /** Reports a comment; returns the report's id. */
    public long reportComment(long commentId, String reason, String text) {
        return report(comment(commentId), reason, text);
    }

    private long report(ReportedContent item, String reasonName, String text) {
        long me = caller.memberId();
        ReportReason reason = ReportReason.parse(reasonName).orElseThrow(() -> new Refusal("reason", "network.report.reasonRequired"));
        String body = text == null || text.isBlank() ? null : text.strip();
        if (body != null && body.length() > MAX_TEXT) {
            throw new Refusal("text", "network.report.textTooLong");
        }
        if (item.authorId() == me) {
            throw new Refusal("reason", "moderation.report.own");
        }
        rateLimits.take(LimitedAction.REPORT, me, "reason");
        String column = item.kind() == ContentKind.POST ? "post_id" : "comment_id";
        // the partial unique index settles a race of two identical reports: the second inserts nothing
        List<?> id = em.createNativeQuery("insert into content_report (reporter_id, " + column + ", author_id, reason, text) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict do nothing returning id")
                .setParameter(1, me).setParameter(2, item.id()).setParameter(3, item.authorId())
                .setParameter(4, reason.name()).setParameter(5, body).getResultList();
        if (id.isEmpty()) {
            throw new Refusal("reason", "moderation.report.duplicate");
        }
        return id(id.get(0));
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }
}
