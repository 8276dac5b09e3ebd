package social.rapport.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import social.rapport.core.account.Caller;
import social.rapport.core.connection.Person;
import social.rapport.core.connection.ReportReason;
import social.rapport.core.database.RapportDatabase;

/**
 * What admins read on {@code /admin/reports}: one queue of open reports about members and about
 * posts and comments (oldest first, keyset pages on (created_at, kind, id)), and the history of
 * the actions taken (newest first, keyset on {@code moderation_action_recent_idx}). Admins only.
 */
@ApplicationScoped
@Transactional
public class ReportQueue {

    public static final int PAGE_SIZE = 50;
    public static final int HISTORY_PAGE_SIZE = 20;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    private static final String PEOPLE = "m.id, m.display_name, p.handle, p.headline, t.id, t.display_name, tp.handle, tp.headline";
    private static final String QUEUE = "select * from ("
            + "select cast('MEMBER' as varchar) as kind, r.id as report_id, r.reason, r.text, r.created_at, " + PEOPLE + ", cast(null as bigint) as post_id, "
            + "cast(null as bigint) as comment_id, cast(null as varchar) as body from member_report r "
            + "join member m on m.id = r.reporter_id left join profile p on p.member_id = m.id "
            + "join member t on t.id = r.reported_id left join profile tp on tp.member_id = t.id where r.status = 'OPEN' "
            + "union all "
            + "select case when c.post_id is null then 'COMMENT' else 'POST' end, c.id, c.reason, c.text, c.created_at, " + PEOPLE
            + ", coalesce(c.post_id, pc.post_id), c.comment_id, coalesce(po.body, pc.body) from content_report c "
            + "join member m on m.id = c.reporter_id left join profile p on p.member_id = m.id "
            + "join member t on t.id = c.author_id left join profile tp on tp.member_id = t.id "
            + "left join post po on po.id = c.post_id left join post_comment pc on pc.id = c.comment_id where c.status = 'OPEN'"
            + ") q";

    /** Open reports of both kinds, oldest first, one page after {@code after} (null: the first page). */
    public List<QueueItem> open(QueueItem after) {
        caller.requireAdmin();
        String sql = QUEUE + (after == null ? "" : " where (q.created_at, q.kind, q.report_id) > (cast(?1 as timestamptz), ?2, ?3)")
                + " order by q.created_at, q.kind, q.report_id";
        Query query = em.createNativeQuery(sql).setMaxResults(PAGE_SIZE);
        if (after != null) {
            query.setParameter(1, after.createdAt().toString()).setParameter(2, after.kind().name()).setParameter(3, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            ContentKind kind = ContentKind.valueOf((String) r[0]);
            return new QueueItem(kind, id(r[1]), person(r, 5), person(r, 9),
                    ReportReason.parse((String) r[2]).orElse(ReportReason.OTHER), (String) r[3],
                    kind == ContentKind.MEMBER ? null : ReportedContent.snippet((String) r[15]),
                    link(kind, r[13], r[14]), RapportDatabase.offsetDateTime(r[4]));
        }).toList();
    }

    /** The recorded admin actions, newest first, one page after {@code after} (null: the first page). */
    public List<ModerationRecord> history(ModerationRecord after) {
        caller.requireAdmin();
        String sql = "select a.id, ad.display_name, a.action, a.member_report_id, a.subject_id, s.display_name, a.post_id, "
                + "a.comment_id, a.note, a.created_at from moderation_action a join member ad on ad.id = a.admin_id "
                + "join member s on s.id = a.subject_id"
                + (after == null ? "" : " where (a.created_at, a.id) < (cast(?1 as timestamptz), ?2)")
                + " order by a.created_at desc, a.id desc";
        Query query = em.createNativeQuery(sql).setMaxResults(HISTORY_PAGE_SIZE);
        if (after != null) {
            query.setParameter(1, after.createdAt().toString()).setParameter(2, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            ContentKind kind = r[7] != null ? ContentKind.COMMENT : r[6] != null ? ContentKind.POST : ContentKind.MEMBER;
            Object post = r[6];
            if (kind == ContentKind.COMMENT && post == null) {
                post = em.createNativeQuery("select post_id from post_comment where id = ?1").setParameter(1, r[7]).getSingleResult();
            }
            return new ModerationRecord(id(r[0]), (String) r[1], (String) r[2], kind, id(r[4]), (String) r[5],
                    link(kind, post, r[7]), (String) r[8], RapportDatabase.offsetDateTime(r[9]));
        }).toList();
    }

    /** Where the item is: the post page, the comment's anchor on it, or the member's page. */
    static String link(ContentKind kind, Object postId, Object commentId) {
        return switch (kind) {
            case MEMBER -> null;
            case POST -> "/post/" + postId;
            case COMMENT -> "/post/" + postId + "#comment-" + commentId;
        };
    }

    private static Person person(Object[] row, int from) {
        return new Person(id(row[from]), (String) row[from + 1], (String) row[from + 2], (String) row[from + 3]);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
