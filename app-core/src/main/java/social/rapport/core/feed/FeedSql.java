package social.rapport.core.feed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the SQL of one home-feed page (see {@link FeedQueries#page}). Parameters: ?1..?3 the
 * per-author arrays (ids, boosts in seconds, whether connections-only posts are visible), ?4 the
 * snapshot, ?5 and ?6 the cursor (rank in microseconds, post id), ?7 the viewer, ?8 the limit,
 * ?9.. one array of author ids per class read by a scan. Boosts and visibility of a class are
 * numbers and booleans from the code, written into the SQL.
 */
final class FeedSql {

    /** A class of authors with the same boost this large is read as one scan of the recent posts. */
    static final int CLASS_SCAN_AUTHORS = 200;
    static final int FIRST_CLASS_PARAMETER = 9;

    private FeedSql() {
    }

    /** The SQL, the authors read one by one, and the author classes read as scans (in parameter order). */
    record Plan(String sql, List<FeedAuthor> perAuthor, List<List<FeedAuthor>> classes) {
    }

    /** Whether the viewer may see the author's connections-only posts (own and connections'). */
    static boolean near(FeedAuthor author) {
        return author.relation() != Relation.FOLLOW;
    }

    static Plan plan(Collection<FeedAuthor> authors) {
        Map<String, List<FeedAuthor>> byClass = new LinkedHashMap<>();
        for (FeedAuthor author : authors) {
            byClass.computeIfAbsent(author.boostSeconds() + "/" + near(author), k -> new ArrayList<>()).add(author);
        }
        List<FeedAuthor> perAuthor = new ArrayList<>();
        List<List<FeedAuthor>> classes = new ArrayList<>();
        for (List<FeedAuthor> members : byClass.values()) {
            if (members.size() >= CLASS_SCAN_AUTHORS) {
                classes.add(members);
            } else {
                perAuthor.addAll(members);
            }
        }
        StringBuilder sql = new StringBuilder("select x.id, x.author_id, x.rank_us, x.reaction_count, x.comment_count, x.reshare_count from (")
                .append(lateral());
        for (int i = 0; i < classes.size(); i++) {
            FeedAuthor sample = classes.get(i).get(0);
            sql.append(" union all ").append(classScan(FIRST_CLASS_PARAMETER + i, sample.boostSeconds() * 1_000_000L, near(sample)));
        }
        sql.append(") x where exists (select 1 from member m where m.id = x.author_id and not m.suspended)")
                .append(" and (x.author_id = ?7 or (not exists (select 1 from member_mute mu where mu.member_id = ?7 and mu.muted_id = x.author_id)")
                .append(" and not exists (select 1 from member_block b where (b.blocker_id = ?7 and b.blocked_id = x.author_id)")
                .append(" or (b.blocker_id = x.author_id and b.blocked_id = ?7))))")
                .append(" order by x.rank_us desc, x.id desc limit ?8");
        return new Plan(sql.toString(), perAuthor, classes);
    }

    /** Each author's newest posts below the cursor: one range of post_author_idx per author. */
    static String lateral() {
        return "select p.id, a.author_id, cast(extract(epoch from p.created_at) * 1000000 as bigint) + a.boost * 1000000 as rank_us,"
                + " p.reaction_count, p.comment_count, p.reshare_count"
                + " from unnest(cast(?1 as bigint[]), cast(?2 as bigint[]), cast(?3 as boolean[])) as a(author_id, boost, near)"
                + " cross join lateral (select p.id, p.created_at, p.reaction_count, p.comment_count, p.reshare_count from post p"
                + " where p.author_id = a.author_id and " + visible("a.boost * 1000000", "a.near")
                + " order by p.created_at desc, p.id desc limit ?8) p";
    }

    /** A whole class's newest posts below the cursor: one range of post_recent_idx, filtered by author. */
    static String classScan(int parameter, long boostMicros, boolean near) {
        return "(select p.id, p.author_id, cast(extract(epoch from p.created_at) * 1000000 as bigint) + " + boostMicros + " as rank_us,"
                + " p.reaction_count, p.comment_count, p.reshare_count from post p"
                + " where p.author_id = any(cast(?" + parameter + " as bigint[])) and " + visible(String.valueOf(boostMicros), String.valueOf(near))
                + " order by p.created_at desc, p.id desc limit ?8)";
    }

    /** Below the cursor (shifted back by the boost), at or before the snapshot, not gone, hidden or out of audience. */
    private static String visible(String boostMicros, String near) {
        return "p.deleted_at is null and p.removed_at is null and p.created_at <= cast(?4 as timestamptz)"
                + " and (p.created_at, p.id) < (timestamptz 'epoch' + (?5 - " + boostMicros + ") * interval '1 microsecond', ?6)"
                + " and (" + near + " or p.audience = 'EVERYONE')"
                + " and not exists (select 1 from feed_hide h where h.member_id = ?7 and h.post_id = p.id)"
                + " and (p.reshare_of is null or exists (select 1 from post o where o.id = p.reshare_of"
                + " and o.deleted_at is null and o.removed_at is null))";
    }
}
