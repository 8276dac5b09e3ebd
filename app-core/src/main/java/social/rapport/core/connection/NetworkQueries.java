package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import social.rapport.core.account.Caller;
import social.rapport.core.database.RapportDatabase;

/**
 * What the network pages show the caller: their connections, invitations, followers, and where
 * they stand with another member. Suspended members never appear; blocks already removed
 * everything between two members, and are checked where a member is looked at directly.
 * Lists that grow are keyset-paginated.
 */
@ApplicationScoped
@Transactional
public class NetworkQueries {

    public static final int PAGE_SIZE = 20;
    /** Invitations are bounded by the senders' pending limit; the page shows this many at most. */
    public static final int MAX_INVITATIONS_SHOWN = 200;
    private static final int MUTUAL_SHOWN = 3;

    private static final String PERSON_FROM = " join member m on m.id = %s left join profile p on p.member_id = m.id ";

    public enum Sort {
        RECENT, NAME
    }

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InvitationService invitations;

    /** The caller's connections whose name contains {@code search}, one page after {@code after} (null: first page). */
    public List<ConnectionRow> connections(String search, Sort sort, ConnectionRow after) {
        long me = caller.memberId();
        List<Object> parameters = new ArrayList<>(List.of(me));
        StringBuilder sql = new StringBuilder("select " + Rows.person(1) + ", e.connected_at, e.how_met from connection_edge e")
                .append(PERSON_FROM.formatted("e.other_id"))
                .append("where e.member_id = ?1 and not m.suspended");
        String q = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (!q.isEmpty()) {
            parameters.add(Rows.contains(q));
            sql.append(" and lower(m.display_name) like ?").append(parameters.size()).append(" escape '\\'");
        }
        if (sort == Sort.NAME) {
            if (after != null) {
                parameters.add(after.person().displayName().toLowerCase(Locale.ROOT));
                parameters.add(after.person().id());
                sql.append(" and (lower(m.display_name), m.id) > (?").append(parameters.size() - 1).append(", ?").append(parameters.size()).append(")");
            }
            sql.append(" order by lower(m.display_name), m.id");
        } else {
            if (after != null) {
                parameters.add(after.connectedAt().toString());
                parameters.add(after.person().id());
                sql.append(" and (e.connected_at, e.other_id) < (cast(?").append(parameters.size() - 1)
                        .append(" as timestamptz), ?").append(parameters.size()).append(")");
            }
            sql.append(" order by e.connected_at desc, e.other_id desc");
        }
        return rows(query(sql.toString(), parameters).setMaxResults(PAGE_SIZE))
                .stream().map(r -> new ConnectionRow(Rows.person(r, 0), Rows.time(r[4]), HowMet.valueOf((String) r[5]))).toList();
    }

    /** Pending invitations the caller received: fresh ones first, "not now" ones after, newest first. */
    public List<InvitationRow> received() {
        long me = caller.memberId();
        invitations.expireOverdue(me);
        return invitationRows("i.sender_id", "i.recipient_id = ?1 order by i.not_now, i.created_at desc", me);
    }

    /** Pending invitations the caller sent, newest first. */
    public List<InvitationRow> sent() {
        long me = caller.memberId();
        invitations.expireOverdue(me);
        return invitationRows("i.recipient_id", "i.sender_id = ?1 order by i.created_at desc", me);
    }

    private List<InvitationRow> invitationRows(String other, String where, long me) {
        String sql = "select i.id, " + Rows.person(1) + ", i.how_met, i.note, i.not_now, i.created_at from invitation i"
                + PERSON_FROM.formatted(other) + "where i.status = 'PENDING' and not m.suspended and " + where;
        return rows(query(sql, List.of(me)).setMaxResults(MAX_INVITATIONS_SHOWN)).stream()
                .map(r -> new InvitationRow(Rows.id(r[0]), Rows.person(r, 1), HowMet.valueOf((String) r[5]), (String) r[6],
                        (Boolean) r[7], Rows.time(r[8])))
                .toList();
    }

    /** Who follows the caller, newest first, one page after {@code after}. */
    public List<FollowRow> followers(FollowRow after) {
        return follows("f.follower_id", "f.followee_id", after);
    }

    /** Whom the caller follows, newest first, one page after {@code after}. */
    public List<FollowRow> following(FollowRow after) {
        return follows("f.followee_id", "f.follower_id", after);
    }

    private List<FollowRow> follows(String other, String self, FollowRow after) {
        List<Object> parameters = new ArrayList<>(List.of(caller.memberId()));
        StringBuilder sql = new StringBuilder("select " + Rows.person(1) + ", f.created_at from follow f")
                .append(PERSON_FROM.formatted(other)).append("where ").append(self).append(" = ?1 and not m.suspended");
        if (after != null) {
            parameters.add(after.since().toString());
            parameters.add(after.person().id());
            sql.append(" and (f.created_at, ").append(other).append(") < (cast(?2 as timestamptz), ?3)");
        }
        sql.append(" order by f.created_at desc, ").append(other).append(" desc");
        return rows(query(sql.toString(), parameters).setMaxResults(PAGE_SIZE)).stream()
                .map(r -> new FollowRow(Rows.person(r, 0), Rows.time(r[4]))).toList();
    }

    /**
     * The member as the caller may see them on the network pages: absent when unknown, suspended,
     * or when they blocked the caller (a member blocked by the caller is found, to be unblocked).
     */
    public Optional<Person> visible(long memberId) {
        Long me = caller.member().map(m -> m.getId()).orElse(null);
        List<Object[]> found = rows(query("select " + Rows.person(2) + " from member m left join profile p on p.member_id = m.id "
                + "where m.id = ?1 and not m.suspended", Arrays.asList(memberId, me)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (me != null && me != memberId && !em.createNativeQuery("select 1 from member_block where blocker_id = ?1 and blocked_id = ?2")
                .setParameter(1, memberId).setParameter(2, me).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Rows.person(found.get(0), 0));
    }

    /** Where the caller stands with {@code owner}, with their mutual connections. */
    public Relationship relationship(long owner) {
        long me = caller.memberId();
        if (me == owner) {
            return Relationship.self();
        }
        invitations.expireOverdue(me);
        if (MemberChecks.blocked(em, me, owner)) {
            boolean byViewer = !em.createNativeQuery("select 1 from member_block where blocker_id = ?1 and blocked_id = ?2")
                    .setParameter(1, me).setParameter(2, owner).getResultList().isEmpty();
            return new Relationship(byViewer ? Relationship.State.BLOCKED_BY_VIEWER : Relationship.State.BLOCKED_BY_OWNER,
                    null, null, null, null, false, 0, List.of());
        }
        boolean following = !em.createNativeQuery("select 1 from follow where follower_id = ?1 and followee_id = ?2")
                .setParameter(1, me).setParameter(2, owner).getResultList().isEmpty();
        long mutualCount = Rows.id(em.createNativeQuery("select count(*) from connection_edge a join connection_edge b "
                        + "on b.member_id = ?2 and b.other_id = a.other_id join member m on m.id = a.other_id "
                        + "where a.member_id = ?1 and not m.suspended")
                .setParameter(1, me).setParameter(2, owner).getSingleResult());
        List<Person> mutual = mutualCount == 0 ? List.of() : rows(query("select " + Rows.person(1) + " from connection_edge a "
                + "join connection_edge b on b.member_id = ?2 and b.other_id = a.other_id"
                + PERSON_FROM.formatted("a.other_id") + "where a.member_id = ?1 and not m.suspended order by b.connected_at desc",
                List.of(me, owner)).setMaxResults(MUTUAL_SHOWN)).stream().map(r -> Rows.person(r, 0)).toList();

        List<Object[]> edge = rows(query("select how_met, connected_at from connection_edge where member_id = ?1 and other_id = ?2",
                List.of(me, owner)));
        if (!edge.isEmpty()) {
            return new Relationship(Relationship.State.CONNECTED, null, HowMet.valueOf((String) edge.get(0)[0]), null,
                    Rows.time(edge.get(0)[1]), following, mutualCount, mutual);
        }
        List<Object[]> pending = rows(query("select id, sender_id, how_met, note from invitation where status = 'PENDING' "
                + "and ((sender_id = ?1 and recipient_id = ?2) or (sender_id = ?2 and recipient_id = ?1))", List.of(me, owner)));
        if (!pending.isEmpty()) {
            Object[] p = pending.get(0);
            Relationship.State state = Rows.id(p[1]) == me ? Relationship.State.PENDING_SENT : Relationship.State.PENDING_RECEIVED;
            return new Relationship(state, Rows.id(p[0]), HowMet.valueOf((String) p[2]), (String) p[3], null, following,
                    mutualCount, mutual);
        }
        return new Relationship(Relationship.State.NONE, null, null, null, null, following, mutualCount, mutual);
    }

    private Query query(String sql, List<?> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
