package social.rapport.core.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import social.rapport.core.account.MemberSignedUp;
import social.rapport.core.database.RapportDatabase;

/**
 * Gives every new member a profile with a handle derived from the display name, inside the
 * sign-up transaction: if this fails, the sign-up is rolled back, so no member is ever without one.
 */
@ApplicationScoped
public class ProfileSetup {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    public void onSignUp(@Observes MemberSignedUp event) {
        create(event.memberId(), event.displayName());
    }

    /** Creates the profile row and returns the handle: the name's slug, or the first free slug-N. */
    String create(long memberId, String displayName) {
        String base = Handles.slug(displayName);
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select handle from profile where handle = ?1 or handle like ?2")
                .setParameter(1, base)
                .setParameter(2, base + "-%") // a slug holds only [a-z0-9-]: nothing to escape
                .getResultList();
        Set<String> taken = new HashSet<>(rows);
        for (int n = 1; ; n++) {
            String candidate = Handles.candidate(base, n);
            if (taken.contains(candidate)) {
                continue;
            }
            // "do nothing" instead of failing: a concurrent sign-up may take the candidate first
            int inserted = em.createNativeQuery("insert into profile (member_id, handle) values (?1, ?2) on conflict (handle) do nothing")
                    .setParameter(1, memberId)
                    .setParameter(2, candidate)
                    .executeUpdate();
            if (inserted == 1) {
                return candidate;
            }
        }
    }
}
