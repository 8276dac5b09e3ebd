package social.rapport.core.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Map;
import java.util.List;
import java.util.HashMap;
import java.util.Collection;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Member;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.platform.Audience;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.platform.Members;
import social.rapport.spi.platform.Relationships;

/**
 * The platform service {@link Members}: members as plugins (and other features) may know them.
 * Suspended members are not found. The headline and photo are filled in only when the owner
 * shares them with everyone, since plugins call this without a viewer (often off the request
 * thread); core code that knows the viewer uses {@link #find(long, Long)}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberDirectory implements Members {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Relationships relationships;

    @Override
    public Optional<MemberRef> find(long memberId) {
        return find(memberId, null);
    }

    /** {@link Members#findAll}: one query, as {@link #find(long)} would give each (no viewer). */
    @Override
    public Map<Long, MemberRef> findAll(Collection<Long> memberIds) {
        return findAll(memberIds, null);
    }

    @Override
    public Optional<MemberRef> byHandle(String handle) {
        return em.createQuery("select p from Profile p where p.handle = :h", Profile.class)
                .setParameter("h", Handles.normalise(handle)).getResultStream().findFirst()
                .flatMap(profile -> find(profile.getMemberId(), null));
    }

    /** The member as {@code viewer} (null: anyone) may see them: headline and photo only if shared with the viewer. */
    public Optional<MemberRef> find(long memberId, Long viewer) {
        Profile profile = em.find(Profile.class, memberId);
        if (profile == null) {
            return Optional.empty();
        }
        return accounts.find(memberId).filter(m -> !m.isSuspended()).map(m -> ref(m, profile, viewer));
    }

    /**
     * Several members as {@code viewer} may see them, in one query (a feed page names up to ten
     * authors; {@link #find(long, Long)} would cost a handful of queries each). Suspended members
     * and members without a profile are left out.
     */
    public Map<Long, MemberRef> findAll(Collection<Long> memberIds, Long viewer) {
        Map<Long, MemberRef> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.display_name, p.handle, p.headline, p.photo_version, "
                        + "p.headline_visibility, p.photo_visibility, "
                        + "exists (select 1 from connection_edge e where e.member_id = cast(?2 as bigint) and e.other_id = m.id), "
                        + "exists (select 1 from member_block b where (b.blocker_id = cast(?2 as bigint) and b.blocked_id = m.id) "
                        + "  or (b.blocker_id = m.id and b.blocked_id = cast(?2 as bigint))) "
                        + "from member m join profile p on p.member_id = m.id "
                        + "where m.id = any(cast(?1 as bigint[])) and not m.suspended")
                .setParameter(1, RapportDatabase.arrayLiteral(memberIds))
                .setParameter(2, viewer)
                .getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            boolean connected = Boolean.TRUE.equals(r[7]);
            boolean blocked = Boolean.TRUE.equals(r[8]);
            Integer photoVersion = r[4] == null ? null : ((Number) r[4]).intValue();
            boolean headline = shared(viewer, id, Audience.valueOf((String) r[5]), connected, blocked);
            boolean photo = photoVersion != null && shared(viewer, id, Audience.valueOf((String) r[6]), connected, blocked);
            result.put(id, new MemberRef(id, (String) r[2], (String) r[1], headline ? (String) r[3] : null,
                    photo ? PhotoService.url(id, PhotoService.SMALL, photoVersion) : null));
        }
        return result;
    }

    /** {@link Relationships#canSee} with the relationship already known. */
    private static boolean shared(Long viewer, long owner, Audience audience, boolean connected, boolean blocked) {
        if (viewer == null) {
            return audience == Audience.EVERYONE;
        }
        if (viewer == owner) {
            return true;
        }
        return !blocked && switch (audience) {
            case EVERYONE, MEMBERS -> true;
            case CONNECTIONS -> connected;
        };
    }

    public MemberRef ref(Member member, Profile profile, Long viewer) {
        long id = member.getId();
        boolean headline = shared(viewer, id, profile.visibility(ProfilePart.HEADLINE));
        boolean photo = profile.getPhotoVersion() != null && shared(viewer, id, profile.visibility(ProfilePart.PHOTO));
        return new MemberRef(id, profile.getHandle(), member.getDisplayName(), headline ? profile.getHeadline() : null,
                photo ? PhotoService.url(id, PhotoService.SMALL, profile.getPhotoVersion()) : null);
    }

    private boolean shared(Long viewer, long owner, Audience audience) {
        return viewer == null ? audience == Audience.EVERYONE : relationships.canSee(viewer, owner, audience);
    }
}
