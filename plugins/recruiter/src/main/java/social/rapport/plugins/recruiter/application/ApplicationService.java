package social.rapport.plugins.recruiter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import social.rapport.plugins.recruiter.RecruiterDeclarations;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.plugins.recruiter.RecruiterText;
import social.rapport.plugins.recruiter.candidate.OpenTo;
import social.rapport.plugins.recruiter.candidate.OpenToRepository;
import social.rapport.plugins.recruiter.job.Job;
import social.rapport.plugins.recruiter.job.JobService;
import social.rapport.plugins.recruiter.organisation.OrganisationService;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.Members;
import social.rapport.spi.platform.PlatformClock;
import social.rapport.spi.settings.PluginSettings;

/**
 * Applying and withdrawing (the member), the pipeline and its notes (the organisation's recruiters
 * only), and the responsiveness figures computed from the recorded answers.
 */
@ApplicationScoped
public class ApplicationService {

    @Inject
    ApplicationRepository applications;

    @Inject
    JobService jobs;

    @Inject
    OrganisationService organisations;

    @Inject
    OpenToRepository openTo;

    @Inject
    CurrentViewer viewer;

    @Inject
    Members members;

    @Inject
    Notifier notifier;

    @Inject
    PlatformClock clock;

    @Inject
    PluginSettings settings;

    @Transactional
    public long apply(long jobId, String note) {
        long me = viewer.requireMember();
        String checked = PipelineRules.note(note);
        Job job = jobs.visible(jobId);
        if (!job.open()) {
            throw new Refusal("note", "recruiter.apply.error.closed");
        }
        Instant now = clock.clock().instant();
        Instant due = PipelineRules.answerDue(now, answerDays());
        long id = applications.insert(jobId, me, checked, snapshot(me), now, due)
                .orElseThrow(() -> new Refusal("note", "recruiter.apply.error.twice"));
        for (long recruiter : applications.recruitersOf(job.organisationId())) {
            notifier.send(new Notice(recruiter, RecruiterDeclarations.NOTICE_APPLICATION, me,
                    RecruiterText.get(Locale.ENGLISH, "recruiter.notice.applied", job.title()),
                    "/p/recruiter/manage/pipeline.xhtml?job=" + jobId, "recruiter-job-" + jobId));
        }
        return id;
    }

    @Transactional
    public void withdraw(long applicationId) {
        long me = viewer.requireMember();
        Application a = applications.find(applicationId).filter(x -> x.memberId() == me)
                .orElseThrow(() -> new NotFound("application " + applicationId));
        if (a.stage().isFinal()) {
            throw new Refusal("stage", "recruiter.pipeline.error.final");
        }
        applications.move(a.id(), a.stage(), Stage.WITHDRAWN, null, me, clock.clock().instant(), false);
    }

    public List<Application> mine() {
        return applications.ofMember(viewer.requireMember());
    }

    public Optional<Application> mineFor(long jobId) {
        return applications.of(jobId, viewer.requireMember());
    }

    public List<Application> pipeline(long jobId) {
        jobs.managed(jobId);
        return applications.ofJob(jobId);
    }

    /** A recruiter of the job's organisation moves the application; the candidate is told. */
    @Transactional
    public void move(long applicationId, Stage to, CloseReason reason) {
        Application a = managed(applicationId);
        PipelineRules.checkMove(a.stage(), to, reason);
        long me = viewer.requireMember();
        if (!applications.move(a.id(), a.stage(), to, to == Stage.CLOSED ? reason : null, me, clock.clock().instant(), true)) {
            throw new Refusal("stage", "recruiter.pipeline.error.moved");
        }
        notifier.send(new Notice(a.memberId(), RecruiterDeclarations.NOTICE_APPLICATION, null,
                RecruiterText.get(Locale.ENGLISH, "recruiter.notice.moved", a.jobTitle(), a.organisationName(),
                        RecruiterText.get(Locale.ENGLISH, "recruiter.stage." + to.name())),
                "/p/recruiter/applications.xhtml", "recruiter-application-" + a.id()));
    }

    @Transactional
    public void addNote(long applicationId, String body) {
        Application a = managed(applicationId);
        String b = body == null ? "" : body.strip();
        if (b.isEmpty() || b.length() > 2000) {
            throw new Refusal("body", "recruiter.note.error");
        }
        applications.addNote(a.id(), viewer.requireMember(), b, clock.clock().instant());
    }

    public List<Note> notes(long applicationId) {
        return applications.notes(managed(applicationId).id());
    }

    public List<Move> moves(long applicationId) {
        return applications.moves(managed(applicationId).id());
    }

    /**
     * Figures over the last 90 days: for the organisation, or for one job when {@code jobId} is set.
     * In a transaction because the stage-1 core reads settings reliably only inside one.
     */
    @Transactional
    public Optional<Responsiveness> responsiveness(long organisationId, Long jobId) {
        Instant now = clock.clock().instant();
        long days = answerDays();
        return Responsiveness.of(applications.samples(organisationId, jobId, now.minus(Duration.ofDays(90)), now), Duration.ofDays(days));
    }

    public long answerDays() {
        return settings.integer(RecruiterPlugin.ID, RecruiterDeclarations.ANSWER_DAYS);
    }

    private Application managed(long applicationId) {
        Application a = applications.find(applicationId).orElseThrow(() -> new NotFound("application " + applicationId));
        try {
            organisations.requireRecruiter(a.organisationId());
        } catch (Forbidden e) {
            throw new NotFound("application " + applicationId); // another organisation's: not even its existence
        }
        return a;
    }

    /** What the member agreed to share with recruiters, frozen at the time of applying. */
    private String snapshot(long me) {
        String name = members.find(me).map(m -> m.displayName()).orElse("");
        Optional<OpenTo> o = openTo.find(me).filter(OpenTo::open);
        if (o.isEmpty()) {
            return name;
        }
        OpenTo t = o.get();
        return String.join("\n", name, "Roles wanted: " + t.roles(), "Job titles: " + t.titles(), "Skills: " + t.skills(),
                "Locations: " + t.locations() + (t.remote() ? " (remote ok)" : ""));
    }
}
