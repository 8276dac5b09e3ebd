package social.rapport.core.profile;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The profile changes worth telling a member's connections ("Keep in touch"): a new headline and a
 * new current position. Written by {@link ProfileService} when a member saves their profile.
 */
final class ProfileChanges {

    private ProfileChanges() {
    }

    static void record(EntityManager em, long memberId, String oldHeadline, String newHeadline, Set<String> oldJobs, Set<String> newJobs) {
        if (newHeadline != null && !newHeadline.isBlank() && !Objects.equals(oldHeadline, newHeadline)) {
            insert(em, memberId, "HEADLINE", newHeadline);
        }
        Set<String> added = new LinkedHashSet<>(newJobs);
        added.removeAll(oldJobs);
        added.forEach(job -> insert(em, memberId, "JOB", job));
    }

    private static void insert(EntityManager em, long memberId, String kind, String value) {
        em.createNativeQuery("insert into profile_change (member_id, kind, value) values (?1, ?2, ?3)")
                .setParameter(1, memberId).setParameter(2, kind).setParameter(3, value.length() > 300 ? value.substring(0, 300) : value)
                .executeUpdate();
    }

    /** "Title, Organisation" of a current position. */
    static String job(String title, String organisation) {
        return title + ", " + organisation;
    }
}
