package social.rapport.plugins.recruiter.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.PlatformClock;

/**
 * A recruiter's saved candidate searches: saved for a job of their organisation, listed on the desk
 * only while they still recruit for it, removed by them only. At most {@value #MAX} each.
 */
@ApplicationScoped
public class SavedSearches {

    public static final int MAX = 50;

    @Inject
    SavedSearchRepository searches;

    @Inject
    JobService jobs;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentViewer viewer;

    @Inject
    PlatformClock clock;

    @Transactional
    public long save(long jobId, String name, String words, String location) {
        Job job = jobs.managed(jobId);
        long me = viewer.requireMember();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 80) {
            throw new Refusal("name", "recruiter.saved.error.name");
        }
        String w = words == null ? "" : words.strip();
        String l = location == null ? "" : location.strip();
        if (w.length() > 100 || l.length() > 100) {
            throw new Refusal("name", "recruiter.saved.error.long");
        }
        if (searches.count(me) >= MAX) {
            throw new Refusal("name", "recruiter.saved.error.max");
        }
        return searches.insert(me, job.id(), n, w, l, clock.clock().instant());
    }

    /** The caller's searches of jobs of organisations they still recruit for (approved, while they hold the role). */
    public List<SavedSearch> mine() {
        List<Long> orgs = organisations.mine().stream().filter(Organisation::approved).map(Organisation::id).toList();
        return orgs.isEmpty() ? List.of() : searches.of(viewer.requireMember(), orgs);
    }

    @Transactional
    public void delete(long id) {
        if (searches.delete(id, viewer.requireMember()) == 0) {
            throw new NotFound("saved search " + id);
        }
    }
}
