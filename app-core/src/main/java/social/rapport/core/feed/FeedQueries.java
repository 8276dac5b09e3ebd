package social.rapport.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.interaction.InteractionLog;

/**
 * The SQL behind the home feed. Fan-out on read: the viewer's authors (self, connections,
 * follows; minus mutes, blocks and suspended members) are read once per visit; each page is a
 * LATERAL range scan of {@code post_author_idx (author_id, created_at desc, id desc)} per author,
 * bounded above by the cursor (shifted by the author's boost) and by the snapshot, merged by
 * rank key. The cost of a page depends on the number of authors and the page size, not on how
 * deep the page is.
 */
@ApplicationScoped
public class FeedQueries {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    InteractionLog interactions;

    /**
     * The viewer's authors with their boosts, as of now. Suspended members stay in the list: the
     * page query leaves their posts out (a join with member here made PostgreSQL hash the whole
     * member table for a viewer with thousands of connections).
     */
    public Map<Long, FeedAuthor> authors(long viewer, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, bool_or(a.self), bool_or(a.conn) from ("
                        + " select cast(?1 as bigint) as id, true as self, false as conn"
                        + " union all select other_id, false, true from connection_edge where member_id = ?1"
                        + " union all select followee_id, false, false from follow where follower_id = ?1) a"
                        + " where not exists (select 1 from member_mute mu where mu.member_id = ?1 and mu.muted_id = a.id)"
                        + " and not exists (select 1 from member_block b where (b.blocker_id = ?1 and b.blocked_id = a.id)"
                        + " or (b.blocker_id = a.id and b.blocked_id = ?1))"
                        + " group by a.id")
                .setParameter(1, viewer)
                .getResultList();
        Map<Long, Relation> relations = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            relations.put(id, Boolean.TRUE.equals(r[1]) ? Relation.SELF : Boolean.TRUE.equals(r[2]) ? Relation.CONNECTION : Relation.FOLLOW);
        }
        OffsetDateTime since = now.minus(FeedRanking.INTERACTION_WINDOW).atOffset(ZoneOffset.UTC);
        Map<Long, InteractionLog.Interaction> recent = interactions.latestTowards(viewer,
                relations.keySet().stream().filter(id -> id != viewer).toList(), since);
        Map<Long, FeedAuthor> authors = new HashMap<>();
        relations.forEach((id, relation) -> {
            InteractionLog.Interaction interaction = recent.get(id);
            authors.put(id, new FeedAuthor(id, relation, FeedRanking.boostSeconds(relation, interaction != null),
                    interaction == null ? null : interaction.kind(), interaction == null ? null : interaction.at()));
        });
        return authors;
    }

    /** One post of a page, with what ranking needs. */
    public record Ranked(long id, long authorId, long rankMicros, int reactions, int comments, int reshares) {
        public long score() {
            return rankMicros + FeedRanking.engagementBonusMicros(reactions, comments, reshares);
        }
    }

    /**
     * Up to {@code limit} posts below the cursor (rank key, id), created at or before the
     * snapshot, by rank key descending. Mutes, blocks, suspensions and hides made during the
     * visit apply at once.
     *
     * <p>Authors share a boost by class (relation and recent interaction), and within a class
     * the rank order is the creation order. A small class is read author by author (one probe
     * of {@code post_author_idx} each, {@link FeedSql#lateral}); a class of
     * {@value FeedSql#CLASS_SCAN_AUTHORS} authors or more is read as one scan of
     * {@code post_recent_idx} filtered by the class's authors ({@link FeedSql#classScan}),
     * which costs a few rows per page instead of thousands of probes for a member who follows
     * or knows thousands.
     */
    public List<Ranked> page(long viewer, Collection<FeedAuthor> authors, Instant snapshot, long rankMicros, long lastPostId, int limit) {
        if (authors.isEmpty()) {
            return List.of();
        }
        FeedSql.Plan plan = FeedSql.plan(authors);
        jakarta.persistence.Query query = em.createNativeQuery(plan.sql())
                .setParameter(1, array(plan.perAuthor().stream().map(FeedAuthor::id).toList()))
                .setParameter(2, array(plan.perAuthor().stream().map(FeedAuthor::boostSeconds).toList()))
                .setParameter(3, array(plan.perAuthor().stream().map(FeedSql::near).toList()))
                .setParameter(4, snapshot.atOffset(ZoneOffset.UTC))
                .setParameter(5, rankMicros)
                .setParameter(6, lastPostId)
                .setParameter(7, viewer)
                .setParameter(8, limit);
        for (int i = 0; i < plan.classes().size(); i++) {
            query.setParameter(FeedSql.FIRST_CLASS_PARAMETER + i, array(plan.classes().get(i).stream().map(FeedAuthor::id).toList()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Ranked> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new Ranked(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue()));
        }
        return result;
    }

    /** How many posts (up to {@code max}) the viewer's authors published after the snapshot. */
    public int newerThan(long viewer, Collection<FeedAuthor> authors, Instant snapshot, int max) {
        if (authors.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) from (select 1"
                        + " from unnest(cast(?1 as bigint[]), cast(?2 as boolean[])) as a(author_id, near)"
                        + " join post p on p.author_id = a.author_id and p.deleted_at is null and p.removed_at is null"
                        + " and p.created_at > cast(?3 as timestamptz) and (a.near or p.audience = 'EVERYONE')"
                        + " where a.author_id <> ?4 and exists (select 1 from member m where m.id = a.author_id and not m.suspended)"
                        + " and not exists (select 1 from member_mute mu where mu.member_id = ?4 and mu.muted_id = a.author_id)"
                        + " and not exists (select 1 from member_block b where (b.blocker_id = ?4 and b.blocked_id = a.author_id)"
                        + " or (b.blocker_id = a.author_id and b.blocked_id = ?4)) limit ?5) n")
                .setParameter(1, array(authors.stream().map(FeedAuthor::id).toList()))
                .setParameter(2, array(authors.stream().map(a -> a.relation() != Relation.FOLLOW).toList()))
                .setParameter(3, snapshot.atOffset(ZoneOffset.UTC))
                .setParameter(4, viewer)
                .setParameter(5, max)
                .getSingleResult()).intValue();
    }

    static String array(List<?> values) {
        return RapportDatabase.arrayLiteral(values);
    }

    /**
     * The database's clock now, to the millisecond: the snapshot of a visit. Posts take their
     * creation time from the same clock ({@code clock_timestamp()} at insert), so every instance
     * agrees on which side of a snapshot a post lies.
     */
    public Instant now() {
        return RapportDatabase.offsetDateTime(em.createNativeQuery("select clock_timestamp()").getSingleResult()).toInstant();
    }

    /** The member exists and is not suspended. */
    public boolean active(long memberId) {
        return !em.createNativeQuery("select 1 from member where id = ?1 and not suspended").setParameter(1, memberId)
                .getResultList().isEmpty();
    }
}
