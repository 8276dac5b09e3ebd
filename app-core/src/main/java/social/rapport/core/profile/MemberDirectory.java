package social.rapport.core.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Member;
import social.rapport.core.database.RapportDatabase;
import social.rapport.spi.Audience;
import social.rapport.spi.MemberRef;
import social.rapport.spi.Members;
import social.rapport.spi.Relationships;

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
