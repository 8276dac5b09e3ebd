package social.rapport.core.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Caller;
import social.rapport.core.account.Member;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.platform.Audience;
import social.rapport.spi.platform.Relationships;

/**
 * Profile photos, stored re-encoded in PostgreSQL (table {@code profile_photo}, one row per size)
 * so that every instance serves them. Each new photo gets a new version, which is part of its
 * URL, so browsers may cache a version for long.
 */
@ApplicationScoped
@Transactional
public class PhotoService {

    /** The sizes the pages use, in pixels (square). */
    public static final int LARGE = 400;
    public static final int SMALL = 96;
    public static final List<Integer> SIZES = List.of(LARGE, SMALL);
    public static final String CONTENT_TYPE = "image/jpeg";

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Relationships relationships;

    @Inject
    Clock clock;

    /** Application-relative URL of a member's photo in one size. */
    public static String url(long memberId, int size, int version) {
        return "/photos/" + memberId + "/" + size + "?v=" + version;
    }

    /**
     * Replaces the caller's photo. The checks and the re-encoding happen before anything is
     * stored, so a refused upload leaves the old photo as it was.
     *
     * @return the new photo version
     * @throws Refusal on field {@code photo} (see {@link PhotoProcessor#process})
     */
    public int uploadOwn(byte[] bytes) {
        long memberId = caller.memberId();
        Map<Integer, byte[]> encoded = PhotoProcessor.process(bytes, SIZES);
        Profile profile = em.find(Profile.class, memberId);
        int version = profile.getPhotoVersion() == null ? 1 : profile.getPhotoVersion() + 1;
        for (Map.Entry<Integer, byte[]> size : encoded.entrySet()) {
            em.createNativeQuery("insert into profile_photo (member_id, size_name, content_type, bytes, version) "
                            + "values (?1, ?2, ?3, ?4, ?5) on conflict (member_id, size_name) do update "
                            + "set content_type = excluded.content_type, bytes = excluded.bytes, version = excluded.version")
                    .setParameter(1, memberId)
                    .setParameter(2, String.valueOf(size.getKey()))
                    .setParameter(3, CONTENT_TYPE)
                    .setParameter(4, size.getValue())
                    .setParameter(5, version)
                    .executeUpdate();
        }
        profile.setPhotoVersion(version);
        profile.touch(OffsetDateTime.now(clock));
        return version;
    }

    /** Removes the caller's photo. */
    public void removeOwn() {
        long memberId = caller.memberId();
        em.createNativeQuery("delete from profile_photo where member_id = ?1").setParameter(1, memberId).executeUpdate();
        Profile profile = em.find(Profile.class, memberId);
        profile.setPhotoVersion(null);
        profile.touch(OffsetDateTime.now(clock));
    }

    /**
     * A stored photo as it is served.
     *
     * @param forEveryone whether the owner shows it to everyone (then shared caches may keep it)
     */
    public record Photo(String contentType, byte[] bytes, int version, boolean forEveryone) {
    }

    /**
     * The owner's photo in one size, if {@code viewer} (null: anonymous) may see it: not when the
     * owner is suspended, when either blocked the other, or when the owner's photo visibility
     * leaves the viewer out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Photo> photo(long owner, int size, Long viewer) {
        if (!SIZES.contains(size)) {
            return Optional.empty();
        }
        Profile profile = em.find(Profile.class, owner);
        if (profile == null || profile.getPhotoVersion() == null
                || accounts.find(owner).map(Member::isSuspended).orElse(true)
                || !relationships.canSee(viewer, owner, profile.visibility(ProfilePart.PHOTO))) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content_type, bytes, version from profile_photo "
                        + "where member_id = ?1 and size_name = ?2")
                .setParameter(1, owner).setParameter(2, String.valueOf(size)).getResultList();
        boolean forEveryone = profile.visibility(ProfilePart.PHOTO) == Audience.EVERYONE;
        return rows.stream().findFirst()
                .map(r -> new Photo((String) r[0], (byte[]) r[1], ((Number) r[2]).intValue(), forEveryone));
    }
}
