package social.rapport.core.account;

import social.rapport.core.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import social.rapport.core.database.RapportDatabase;

/** The admin area's view of members: list, search, grant and revoke the admin role. Admins only. */
@ApplicationScoped
@Transactional
public class MemberAdministration {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AdminEmails adminEmails;

    @Inject
    Clock clock;

    /**
     * Members whose email or display name contains {@code query} (all when blank), newest first,
     * one page after the member id {@code beforeId} (keyset pagination; null for the first page).
     */
    public List<MemberSummary> search(String query, Long beforeId) {
        caller.requireAdmin();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        StringBuilder jpql = new StringBuilder("select m from Member m where 1 = 1");
        if (!q.isEmpty()) {
            jpql.append(" and (m.email like :q escape '\\' or lower(m.displayName) like :q escape '\\')");
        }
        if (beforeId != null) {
            jpql.append(" and m.id < :before");
        }
        jpql.append(" order by m.id desc");
        TypedQuery<Member> query1 = em.createQuery(jpql.toString(), Member.class).setMaxResults(PAGE_SIZE);
        if (!q.isEmpty()) {
            query1.setParameter("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (beforeId != null) {
            query1.setParameter("before", beforeId);
        }
        return query1.getResultList().stream().map(this::summary).toList();
    }

    /** Grants or revokes the admin role; recorded with who and when. */
    public void setAdmin(long memberId, boolean admin) {
        Member actor = caller.requireAdmin();
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new Refusal("member", "admin.members.unknown");
        }
        if (!admin && adminEmails.contains(member.getEmail())) {
            throw new Refusal("member", "admin.members.configuredAdmin");
        }
        if (!admin && member.getId().equals(actor.getId())) {
            throw new Refusal("member", "admin.members.notYourself");
        }
        if (member.isAdmin() == admin) {
            return;
        }
        member.setAdmin(admin);
        em.persist(new AdminRoleChange(memberId, admin, actor.getId(), OffsetDateTime.now(clock)));
    }

    private MemberSummary summary(Member m) {
        boolean configured = adminEmails.contains(m.getEmail());
        return new MemberSummary(m.getId(), m.getEmail(), m.getDisplayName(), m.isAdmin() || configured, configured,
                m.isSuspended(), m.getCreatedAt());
    }
}
