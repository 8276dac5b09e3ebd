package social.rapport.plugins.recruiter.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import social.rapport.plugins.recruiter.RecruiterDeclarations;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.plugins.recruiter.organisation.Organisation;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.platform.PlatformClock;
import social.rapport.spi.settings.PluginSettings;

/** Posting and closing jobs (the organisation's recruiters), and the job list members search. */
@ApplicationScoped
public class JobService {

    public static final int PAGE = 20;

    @Inject
    JobRepository jobs;

    @Inject
    OrganisationService organisations;

    @Inject
    PlatformClock clock;

    @Inject
    PluginSettings settings;

    @Transactional
    public long post(long organisationId, JobDraft draft) {
        JobDraft checked = JobRules.check(draft);
        Organisation o = organisations.requireRecruiter(organisationId);
        Instant now = clock.clock().instant();
        long days = settings.integer(RecruiterPlugin.ID, RecruiterDeclarations.JOB_DAYS);
        return jobs.insert(o.id(), checked, currentMember(), now, now.plus(Duration.ofDays(days)));
    }

    @Transactional
    public void close(long jobId, JobOutcome outcome) {
        Job job = jobs.find(jobId).orElseThrow(() -> new NotFound("job " + jobId));
        organisations.requireRecruiter(job.organisationId());
        if (outcome == null || outcome == JobOutcome.EXPIRED) {
            throw new social.rapport.spi.error.Refusal("outcome", "recruiter.job.error.outcome");
        }
        jobs.close(jobId, outcome, clock.clock().instant());
    }

    /** A job members may see: open ones of approved organisations, or any job to its own recruiters. */
    public Job visible(long jobId) {
        Job job = jobs.find(jobId).orElseThrow(() -> new NotFound("job " + jobId));
        boolean live = job.open() && job.expiresAt().isAfter(clock.clock().instant());
        if (!live) {
            try {
                organisations.requireRecruiter(job.organisationId());
            } catch (RuntimeException e) {
                throw new NotFound("job " + jobId);
            }
        }
        return job;
    }

    /** A job of an organisation the caller recruits for. */
    public Job managed(long jobId) {
        Job job = jobs.find(jobId).orElseThrow(() -> new NotFound("job " + jobId));
        organisations.requireRecruiter(job.organisationId());
        return job;
    }

    public List<Job> search(JobSearch search) {
        return jobs.search(search, clock.clock().instant(), PAGE);
    }

    public List<Job> openOf(long organisationId) {
        return jobs.ofOrganisation(organisationId, true, clock.clock().instant());
    }

    public List<Job> allOf(long organisationId) {
        organisations.requireRecruiter(organisationId);
        return jobs.ofOrganisation(organisationId, false, clock.clock().instant());
    }

    private long currentMember() {
        return organisations.currentMember();
    }
}
